package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.model.ZoneFamily;
import org.ecozoning.model.ZoneType;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Every zone type drawn with its family's style, one square each, side by side. */
class ZoneStylesRenderingTest {
    @Test
    void everyZoneTypeIsDrawnDistinctly() throws IOException {
        ZoneType[] types = ZoneType.values();
        MapContext.Builder b = MapContext.geographic(new Envelope(0, 0.5, 0, 0.2), 500, 200);
        for (ZoneFamily family : ZoneFamily.values()) {
            List<Feature> features = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                if (types[i].family() != family) continue;
                double x = (i % 5) * 0.1 + 0.01, y = i < 5 ? 0.11 : 0.01;
                features.add(new Feature(Scenes.ZONES, "z" + i, new Object[] {"z" + i, types[i].name(), "分区" + (i + 1)},
                        Scenes.wkt("POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(x, y, x + 0.08, y, x + 0.08, y + 0.08, x, y + 0.08, x, y))));
            }
            b.layer(new MapLayer(new MemoryFeatureSource(Scenes.ZONES, features), Scenes.style(family.layerName() + ".sld")));
        }
        MapContext ctx = b.build();
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = new MapRenderer(FontCatalog.system()).render(ctx, stats);
        assertThat(stats.features()).isEqualTo(types.length);
        // each square's centre-left sample differs from every other square's: the zone types are distinct
        List<Integer> samples = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            int px = (int) (((i % 5) * 0.1 + 0.02) * 1000), py = 200 - (int) (((i < 5 ? 0.11 : 0.01) + 0.02) * 1000);
            long r = 0, g = 0, bl = 0;
            for (int dx = 0; dx < 12; dx++) {
                for (int dy = 0; dy < 12; dy++) {
                    Color c = new Color(img.getRGB(px + dx, py - dy));
                    r += c.getRed();
                    g += c.getGreen();
                    bl += c.getBlue();
                }
            }
            samples.add((int) (r / 144) << 16 | (int) (g / 144) << 8 | (int) (bl / 144));
        }
        for (int i = 0; i < samples.size(); i++) {
            for (int j = i + 1; j < samples.size(); j++) {
                assertThat(ImageDiff.channelDiff(samples.get(i), samples.get(j)))
                        .as("%s vs %s", types[i], types[j]).isGreaterThan(8);
            }
        }
        ReferenceImages.assertMatches("zone_types", img);
    }
}
