package org.ecozoning.store.jdbc;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.h2gis.api.Function;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.io.geojson.ST_AsGeoJSON;
import org.h2gis.functions.spatial.buffer.ST_Buffer;
import org.h2gis.functions.spatial.convert.ST_AsBinary;
import org.h2gis.functions.spatial.convert.ST_AsText;
import org.h2gis.functions.spatial.convert.ST_GeomFromText;
import org.h2gis.functions.spatial.convert.ST_GeomFromWKB;
import org.h2gis.functions.spatial.crs.ST_SetSRID;
import org.h2gis.functions.spatial.operators.ST_Intersection;
import org.h2gis.functions.spatial.operators.ST_Union;
import org.h2gis.functions.spatial.predicates.ST_Contains;
import org.h2gis.functions.spatial.predicates.ST_Intersects;
import org.h2gis.functions.spatial.predicates.ST_Within;
import org.h2gis.functions.spatial.properties.ST_Area;
import org.h2gis.functions.spatial.properties.ST_Centroid;
import org.h2gis.functions.spatial.properties.ST_Envelope;
import org.h2gis.functions.spatial.properties.ST_IsValid;
import org.h2gis.functions.spatial.properties.ST_SRID;

/**
 * Registers the H2GIS functions the store and an operator's ad-hoc SQL need, under the names
 * PostGIS uses. Loading all of H2GIS (some 300 functions) costs about a second per new database;
 * this subset costs a few milliseconds. {@code H2GISFunctions.load(connection)} adds the rest when
 * wanted.
 */
public final class V1_0_1__H2gisFunctions extends BaseJavaMigration {
    static List<Function> functions() {
        return List.of(new ST_GeomFromWKB(), new ST_AsBinary(), new ST_GeomFromText(), new ST_AsText(), new ST_AsGeoJSON(),
                new ST_SetSRID(), new ST_SRID(), new ST_IsValid(), new ST_Area(), new ST_Envelope(), new ST_Centroid(),
                new ST_Intersects(), new ST_Contains(), new ST_Within(), new ST_Intersection(), new ST_Union(), new ST_Buffer());
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement st = context.getConnection().createStatement()) {
            for (Function f : functions()) H2GISFunctions.registerFunction(st, f, "");
        }
    }
}
