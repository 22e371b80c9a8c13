<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- 管控单元年度统计：按禁止类研判占比分级着色（仅限工作人员）/ Unit statistics by prohibited rate (staff only) -->
  <NamedLayer>
    <Name>unit_statistics_prohibited</Name>
    <UserStyle>
      <Name>unit_statistics_prohibited</Name>
      <Title>管控单元禁止率</Title>
      <Abstract>Control units by the share of assessments with verdict PROHIBITED</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>prohibited_zero</Name>
          <Title>禁止率 0</Title>
          <Abstract>No prohibited verdicts</Abstract>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#FFFFCC</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>prohibited_0_10</Name>
          <Title>禁止率 0–10%</Title>
          <Abstract>Prohibited rate over 0 up to 10%</Abstract>
          <ogc:Filter>
            <ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0</ogc:Literal></ogc:PropertyIsGreaterThan><ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0.1</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#FED976</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>prohibited_10_25</Name>
          <Title>禁止率 10–25%</Title>
          <Abstract>Prohibited rate over 10% up to 25%</Abstract>
          <ogc:Filter>
            <ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0.1</ogc:Literal></ogc:PropertyIsGreaterThan><ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0.25</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#FD8D3C</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>prohibited_25_50</Name>
          <Title>禁止率 25–50%</Title>
          <Abstract>Prohibited rate over 25% up to 50%</Abstract>
          <ogc:Filter>
            <ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0.25</ogc:Literal></ogc:PropertyIsGreaterThan><ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0.5</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#E31A1C</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>prohibited_gt_50</Name>
          <Title>禁止率 &gt; 50%</Title>
          <Abstract>Prohibited rate over 50%</Abstract>
          <ogc:Filter>
            <ogc:PropertyIsGreaterThan><ogc:PropertyName>prohibitedRate</ogc:PropertyName><ogc:Literal>0.5</ogc:Literal></ogc:PropertyIsGreaterThan>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#800026</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>prohibited_none</Name>
          <Title>无研判</Title>
          <Abstract>No assessments</Abstract>
          <ogc:Filter>
            <ogc:PropertyIsNull><ogc:PropertyName>prohibitedRate</ogc:PropertyName></ogc:PropertyIsNull>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#E0E0E0</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
