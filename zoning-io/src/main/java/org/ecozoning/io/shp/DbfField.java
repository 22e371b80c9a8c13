package org.ecozoning.io.shp;

/**
 * A field of a dBASE table: name, type (C text, N/F number, L logical, D date; others are read as
 * text), width and decimal count, and its byte offset within a record (after the deletion flag).
 */
public record DbfField(String name, char type, int length, int decimals, int offset) { }
