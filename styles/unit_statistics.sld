<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- 管控单元年度统计：按 PM2.5 年均值分级着色（仅限工作人员；按 year 过滤年度，如 CQL_FILTER=year=2025）/ Unit statistics by PM2.5 annual mean classes (staff only; filter a year) -->
  <NamedLayer>
    <Name>unit_statistics</Name>
    <UserStyle>
      <Name>unit_statistics</Name>
      <Title>管控单元 PM2.5 年均值</Title>
      <Abstract>Control units by PM2.5 annual mean (µg/m³); the county's figure where a unit has no station (pm25Basis)</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>pm25_le_25</Name>
          <Title>PM2.5 ≤ 25 µg/m³（优）</Title>
          <Abstract>PM2.5 annual mean at most 25</Abstract>
          <ogc:Filter>
            <ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>25</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#1A9850</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>pm25_25_35</Name>
          <Title>PM2.5 25–35 µg/m³（达到二级标准）</Title>
          <Abstract>PM2.5 over 25 up to 35 (GB 3095 grade II)</Abstract>
          <ogc:Filter>
            <ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>25</ogc:Literal></ogc:PropertyIsGreaterThan><ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>35</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#A6D96A</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>pm25_35_45</Name>
          <Title>PM2.5 35–45 µg/m³（轻度超标）</Title>
          <Abstract>PM2.5 over 35 up to 45</Abstract>
          <ogc:Filter>
            <ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>35</ogc:Literal></ogc:PropertyIsGreaterThan><ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>45</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#FEE08B</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>pm25_45_55</Name>
          <Title>PM2.5 45–55 µg/m³（超标）</Title>
          <Abstract>PM2.5 over 45 up to 55</Abstract>
          <ogc:Filter>
            <ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>45</ogc:Literal></ogc:PropertyIsGreaterThan><ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>55</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#FC8D59</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>pm25_gt_55</Name>
          <Title>PM2.5 &gt; 55 µg/m³（严重超标）</Title>
          <Abstract>PM2.5 over 55</Abstract>
          <ogc:Filter>
            <ogc:PropertyIsGreaterThan><ogc:PropertyName>pm25</ogc:PropertyName><ogc:Literal>55</ogc:Literal></ogc:PropertyIsGreaterThan>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#D73027</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">0.4</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>pm25_no_data</Name>
          <Title>无监测数据</Title>
          <Abstract>No monitoring data</Abstract>
          <ogc:Filter>
            <ogc:PropertyIsNull><ogc:PropertyName>pm25</ogc:PropertyName></ogc:PropertyIsNull>
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
