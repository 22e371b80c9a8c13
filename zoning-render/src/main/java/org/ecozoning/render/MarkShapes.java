package org.ecozoning.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The well-known mark shapes of SLD, centred on the origin, {@code size} pixels across. */
final class MarkShapes {
    private MarkShapes() { }

    static Shape shape(String name, double size) {
        double r = size / 2;
        return switch (name) {
            case "circle" -> new Ellipse2D.Double(-r, -r, size, size);
            case "triangle" -> {
                Path2D.Double p = new Path2D.Double();
                double h = size * Math.sqrt(3) / 2;
                p.moveTo(0, -h * 2 / 3);
                p.lineTo(r, h / 3);
                p.lineTo(-r, h / 3);
                p.closePath();
                yield p;
            }
            case "star" -> {
                Path2D.Double p = new Path2D.Double();
                double inner = r * 0.382;
                for (int i = 0; i < 10; i++) {
                    double a = -Math.PI / 2 + i * Math.PI / 5;
                    double rr = i % 2 == 0 ? r : inner;
                    if (i == 0) p.moveTo(rr * Math.cos(a), rr * Math.sin(a));
                    else p.lineTo(rr * Math.cos(a), rr * Math.sin(a));
                }
                p.closePath();
                yield p;
            }
            case "cross" -> plus(r);
            case "x" -> AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(plus(r));
            case "shape://vertline" -> new Line2D.Double(0, -r, 0, r);
            case "shape://horline" -> new Line2D.Double(-r, 0, r, 0);
            case "shape://slash" -> new Line2D.Double(-r, r, r, -r);
            case "shape://backslash" -> new Line2D.Double(-r, -r, r, r);
            case "shape://plus" -> {
                Path2D.Double p = new Path2D.Double();
                p.append(new Line2D.Double(0, -r, 0, r), false);
                p.append(new Line2D.Double(-r, 0, r, 0), false);
                yield p;
            }
            case "shape://times" -> {
                Path2D.Double p = new Path2D.Double();
                p.append(new Line2D.Double(-r, r, r, -r), false);
                p.append(new Line2D.Double(-r, -r, r, r), false);
                yield p;
            }
            case "shape://dot" -> new Ellipse2D.Double(-size / 8, -size / 8, size / 4, size / 4);
            default -> new Rectangle2D.Double(-r, -r, size, size);
        };
    }

    /** A plus sign whose arms are a fifth of the size thick. */
    private static Shape plus(double r) {
        double t = r * 0.2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-t, -r);
        p.lineTo(t, -r);
        p.lineTo(t, -t);
        p.lineTo(r, -t);
        p.lineTo(r, t);
        p.lineTo(t, t);
        p.lineTo(t, r);
        p.lineTo(-t, r);
        p.lineTo(-t, t);
        p.lineTo(-r, t);
        p.lineTo(-r, -t);
        p.lineTo(-t, -t);
        p.closePath();
        return p;
    }
}
