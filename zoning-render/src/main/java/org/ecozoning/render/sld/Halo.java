package org.ecozoning.render.sld;

/** A label halo: an outline of the glyphs of the given radius (pixels), painted with the fill. */
public record Halo(double radius, Fill fill) { }
