package org.ecozoning.feature;

/** The value types a published attribute can have, mapped to XSD, JSON Schema and SQL by the adapters. */
public enum AttributeType {
    STRING(String.class, "xsd:string"),
    INTEGER(Long.class, "xsd:long"),
    DOUBLE(Double.class, "xsd:double"),
    BOOLEAN(Boolean.class, "xsd:boolean"),
    DATE(java.time.LocalDate.class, "xsd:date"),
    DATETIME(java.time.Instant.class, "xsd:dateTime");

    private final Class<?> javaType;
    private final String xsdType;

    AttributeType(Class<?> javaType, String xsdType) {
        this.javaType = javaType;
        this.xsdType = xsdType;
    }

    public Class<?> javaType() { return javaType; }

    /** The XML Schema type name (with the {@code xsd:} prefix) used in DescribeFeatureType. */
    public String xsdType() { return xsdType; }
}
