<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se"
    xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink">
  <NamedLayer>
    <se:Name>places</se:Name>
    <UserStyle>
      <se:Name>places</se:Name>
      <se:Description><se:Title>地点（测试）</se:Title><se:Abstract>SE 1.1 test style</se:Abstract></se:Description>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>river</se:Name>
          <se:Description><se:Title>河流</se:Title></se:Description>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>river</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <se:LineSymbolizer>
            <se:Stroke>
              <se:SvgParameter name="stroke">#1565C0</se:SvgParameter>
              <se:SvgParameter name="stroke-width">3</se:SvgParameter>
              <se:SvgParameter name="stroke-linecap">round</se:SvgParameter>
              <se:SvgParameter name="stroke-dasharray">12 4</se:SvgParameter>
            </se:Stroke>
          </se:LineSymbolizer>
          <se:TextSymbolizer>
            <se:Label>河流：<ogc:PropertyName>name</ogc:PropertyName></se:Label>
            <se:Font>
              <se:SvgParameter name="font-family">Noto Sans CJK SC</se:SvgParameter>
              <se:SvgParameter name="font-size">13</se:SvgParameter>
              <se:SvgParameter name="font-weight">bold</se:SvgParameter>
            </se:Font>
            <se:LabelPlacement><se:LinePlacement><se:PerpendicularOffset>9</se:PerpendicularOffset></se:LinePlacement></se:LabelPlacement>
            <se:Halo><se:Radius>2</se:Radius><se:Fill><se:SvgParameter name="fill">#FFFFFF</se:SvgParameter></se:Fill></se:Halo>
            <se:Fill><se:SvgParameter name="fill">#0D47A1</se:SvgParameter></se:Fill>
          </se:TextSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>marks</se:Name>
          <se:Description><se:Title>标记点</se:Title></se:Description>
          <se:ElseFilter/>
          <se:PointSymbolizer>
            <se:Graphic>
              <se:Mark>
                <se:WellKnownName>circle</se:WellKnownName>
                <se:Fill><se:SvgParameter name="fill">#FFD600</se:SvgParameter></se:Fill>
                <se:Stroke><se:SvgParameter name="stroke">#000000</se:SvgParameter></se:Stroke>
              </se:Mark>
              <se:Size>14</se:Size>
            </se:Graphic>
          </se:PointSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>star</se:Name>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>star</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>star</se:WellKnownName>
            <se:Fill><se:SvgParameter name="fill">#D50000</se:SvgParameter></se:Fill></se:Mark><se:Size>12</se:Size></se:Graphic></se:PointSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>triangle</se:Name>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>triangle</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>triangle</se:WellKnownName>
            <se:Fill><se:SvgParameter name="fill">#2E7D32</se:SvgParameter></se:Fill></se:Mark><se:Size>12</se:Size></se:Graphic></se:PointSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>cross</se:Name>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>cross</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>cross</se:WellKnownName>
            <se:Fill><se:SvgParameter name="fill">#6A1B9A</se:SvgParameter></se:Fill></se:Mark><se:Size>12</se:Size></se:Graphic></se:PointSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>x</se:Name>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>x</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>x</se:WellKnownName>
            <se:Fill><se:SvgParameter name="fill">#000000</se:SvgParameter></se:Fill></se:Mark><se:Size>12</se:Size><se:Rotation>0</se:Rotation></se:Graphic></se:PointSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>square</se:Name>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>square</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>square</se:WellKnownName>
            <se:Fill><se:SvgParameter name="fill">#FF6D00</se:SvgParameter></se:Fill></se:Mark><se:Size>10</se:Size><se:Rotation>45</se:Rotation></se:Graphic></se:PointSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>point_labels</se:Name>
          <ogc:Filter><ogc:PropertyIsNotEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>river</ogc:Literal></ogc:PropertyIsNotEqualTo></ogc:Filter>
          <se:TextSymbolizer>
            <se:Label><ogc:PropertyName>name</ogc:PropertyName></se:Label>
            <se:Font><se:SvgParameter name="font-family">SimSun</se:SvgParameter><se:SvgParameter name="font-size">11</se:SvgParameter></se:Font>
            <se:LabelPlacement><se:PointPlacement>
              <se:AnchorPoint><se:AnchorPointX>0.5</se:AnchorPointX><se:AnchorPointY>0</se:AnchorPointY></se:AnchorPoint>
              <se:Displacement><se:DisplacementX>0</se:DisplacementX><se:DisplacementY>9</se:DisplacementY></se:Displacement>
            </se:PointPlacement></se:LabelPlacement>
            <se:Halo><se:Radius>1.5</se:Radius></se:Halo>
          </se:TextSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
