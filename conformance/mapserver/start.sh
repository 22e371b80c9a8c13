#!/usr/bin/env bash
# Starts Debian's MapServer 8 (FastCGI under lighttpd, loopback only) serving a small polygon layer
# as WFS 2.0 / WMS 1.3.0. Used as the yardstick for the conformance harness and for benchmarks.
#
#   conformance/mapserver/start.sh [--port 18401] [--dir RUNTIME_DIR] [--no-install] [--mapfile FILE] [--procs 2]
#   conformance/mapserver/stop.sh  [--port 18401] [--dir RUNTIME_DIR]
#
# Prints the WFS GetCapabilities URL on its last line. Everything it writes goes to RUNTIME_DIR
# (default: ${TMPDIR:-/tmp}/ecozoning-mapserver-PORT, outside target/ so that `mvn clean` cannot lose
# the pid file). Installs mapserver-bin, cgi-mapserver, lighttpd and gdal-bin with apt-get when they are
# missing and we are root. --mapfile serves another mapfile (its data already in place; used by
# bench/run-getmap-vs-mapserver.sh) instead of the built-in test layers; --procs sets the number of
# FastCGI mapserv processes.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=18401
RUN_DIR=""
INSTALL=1
MAPFILE=""
PROCS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --dir) RUN_DIR="$2"; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    --mapfile) MAPFILE="$2"; shift 2 ;;
    --procs) PROCS="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$RUN_DIR" ] || RUN_DIR="${TMPDIR:-/tmp}/ecozoning-mapserver-$PORT"

need_install() {
  command -v lighttpd >/dev/null 2>&1 || [ -x /usr/sbin/lighttpd ] || return 0
  [ -x /usr/lib/cgi-bin/mapserv ] || return 0
  command -v ogr2ogr >/dev/null 2>&1 || return 0
  return 1
}

if need_install; then
  if [ "$INSTALL" = 0 ] || [ "$(id -u)" != 0 ]; then
    echo "缺少 MapServer/lighttpd/GDAL，请安装 / missing packages: apt-get install -y mapserver-bin cgi-mapserver lighttpd gdal-bin" >&2
    exit 3
  fi
  # Another process may hold the dpkg lock: wait and retry.
  export DEBIAN_FRONTEND=noninteractive
  ok=0
  for attempt in $(seq 1 30); do
    if [ "$attempt" = 1 ] && ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then apt-get update -q || true; fi
    if apt-get install -y -q mapserver-bin cgi-mapserver lighttpd gdal-bin; then ok=1; break; fi
    echo "apt-get 失败（可能 dpkg 被锁），20 秒后重试 / apt-get failed (dpkg lock?), retrying in 20 s ($attempt/30)" >&2
    sleep 20
  done
  [ "$ok" = 1 ] || { echo "安装失败 / install failed" >&2; exit 3; }
fi
LIGHTTPD="$(command -v lighttpd || echo /usr/sbin/lighttpd)"

mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"
if [ -f "$RUN_DIR/lighttpd.pid" ] && kill -0 "$(cat "$RUN_DIR/lighttpd.pid")" 2>/dev/null; then
  echo "已在运行 / already running (pid $(cat "$RUN_DIR/lighttpd.pid")); stop it first with stop.sh --dir $RUN_DIR" >&2
  exit 4
fi
mkdir -p "$RUN_DIR/data" "$RUN_DIR/www" "$RUN_DIR/tmp"

if [ -z "$MAPFILE" ]; then
# Data: the GeoJSON kept in the repo, converted to a shapefile (MapServer's native, fastest input).
for layer in zones sites; do
  rm -f "$RUN_DIR/data/$layer".*
  ogr2ogr -q -f "ESRI Shapefile" -lco ENCODING=UTF-8 -nln "$layer" "$RUN_DIR/data/$layer.shp" "$HERE/data/$layer.geojson"
done

# The OGC suites rebuild request URLs from the endpoint without its query string, so the map cannot be
# chosen with ?map=: MS_MAPFILE makes it the default. (?map=ECOZ works too, through the MAPS block.)
ENDPOINT="http://127.0.0.1:$PORT/cgi-bin/mapserv"

cat > "$RUN_DIR/ecoz.map" <<EOF_MAP
MAP
  NAME "ecoz"
  STATUS ON
  EXTENT 112.3 37.6 112.9 38.0
  SIZE 800 600
  UNITS DD
  SHAPEPATH "$RUN_DIR/data"
  PROJECTION "init=epsg:4326" END
  IMAGECOLOR 255 255 255
  OUTPUTFORMAT NAME "png" DRIVER "AGG/PNG" MIMETYPE "image/png" IMAGEMODE RGBA EXTENSION "png" END
  WEB
    IMAGEPATH "$RUN_DIR/tmp/"
    METADATA
      "ows_title"            "ecozoning yardstick (MapServer)"
      "ows_abstract"         "Small test layer for conformance and benchmark comparison"
      "ows_onlineresource"   "$ENDPOINT?"
      "ows_srs"              "EPSG:4326 EPSG:3857"
      "ows_enable_request"   "*"
      "ows_keywordlist"      "ecozoning,test"
      "ows_fees"             "none"
      "ows_accessconstraints" "none"
      "ows_contactorganization" "ecozoning project"
      "ows_contactperson"    "ecozoning developers"
      "ows_contactposition"  "maintainer"
      "ows_contactelectronicmailaddress" "dev@ecozoning.invalid"
      "ows_service_onlineresource" "$ENDPOINT?"
      "wfs_getfeature_formatlist" "application/gml+xml; version=3.2,text/xml; subtype=gml/3.2.1,geojson"
      "wfs_maxfeatures"      "1000"
      "wfs_namespace_prefix" "ecoz"
      "wfs_namespace_uri"    "http://ecozoning.org/ecoz"
      "wms_feature_info_mime_type" "text/html"
    END
  END
  SYMBOL NAME "circle" TYPE ELLIPSE FILLED TRUE POINTS 1 1 END END
  OUTPUTFORMAT
    NAME "geojson"
    DRIVER "OGR/GEOJSON"
    MIMETYPE "application/json; subtype=geojson"
    FORMATOPTION "FORM=SIMPLE"
    FORMATOPTION "STORAGE=memory"
  END
  LAYER
    NAME "zones"
    TYPE POLYGON
    STATUS ON
    DATA "zones"
    PROJECTION "init=epsg:4326" END
    TEMPLATE "dummy"
    METADATA
      "ows_title"          "Control units"
      "ows_abstract"       "Hand-made test polygons"
      "ows_srs"            "EPSG:4326 EPSG:3857"
      "ows_extent"         "112.4 37.65 112.82 37.92"
      "gml_include_items"  "all"
      "gml_featureid"      "id"
      "gml_types"          "auto"
      "gml_geometries"     "geom"
      "gml_geom_type"      "polygon"
    END
    CLASS
      NAME "priority"
      EXPRESSION ("[unit_class]" = "priority")
      STYLE COLOR 230 60 60 OUTLINECOLOR 80 0 0 END
    END
    CLASS
      NAME "key"
      EXPRESSION ("[unit_class]" = "key")
      STYLE COLOR 240 180 40 OUTLINECOLOR 90 60 0 END
    END
    CLASS
      NAME "general"
      STYLE COLOR 80 160 80 OUTLINECOLOR 0 60 0 END
    END
  END
  LAYER
    NAME "sites"
    TYPE POINT
    STATUS ON
    DATA "sites"
    PROJECTION "init=epsg:4326" END
    TEMPLATE "dummy"
    METADATA
      "ows_title"          "Monitoring sites"
      "ows_abstract"       "Hand-made test points"
      "ows_srs"            "EPSG:4326 EPSG:3857"
      "ows_extent"         "112.47 37.69 112.76 37.86"
      "gml_include_items"  "all"
      "gml_featureid"      "id"
      "gml_types"          "auto"
      "gml_geometries"     "geom"
      "gml_geom_type"      "point"
    END
    CLASS
      NAME "site"
      STYLE SYMBOL "circle" SIZE 8 COLOR 30 90 200 OUTLINECOLOR 255 255 255 END
    END
  END
END
EOF_MAP
MAPFILE="$RUN_DIR/ecoz.map"
else
  MAPFILE="$(cd "$(dirname "$MAPFILE")" && pwd)/$(basename "$MAPFILE")"
  ENDPOINT="http://127.0.0.1:$PORT/cgi-bin/mapserv"
fi

cat > "$RUN_DIR/mapserver.conf" <<EOF_CONF
CONFIG
  ENV
    MS_MAP_NO_PATH "1"
    MS_MAPFILE "$MAPFILE"
    MS_ERRORFILE "$RUN_DIR/mapserver-error.log"
  END
  MAPS
    "ECOZ" "$MAPFILE"
  END
END
EOF_CONF

cat > "$RUN_DIR/lighttpd.conf" <<EOF_CONF
server.modules = ( "mod_fastcgi" )
server.bind = "127.0.0.1"
server.port = $PORT
server.document-root = "$RUN_DIR/www"
server.errorlog = "$RUN_DIR/lighttpd-error.log"
server.pid-file = "$RUN_DIR/lighttpd.pid"
server.upload-dirs = ( "$RUN_DIR/tmp" )
fastcgi.server = (
  "/cgi-bin/mapserv" => ((
    "bin-path" => "/usr/lib/cgi-bin/mapserv",
    "socket" => "$RUN_DIR/mapserv.sock",
    "check-local" => "disable",
    "max-procs" => $PROCS,
    "bin-environment" => ( "MAPSERVER_CONFIG_FILE" => "$RUN_DIR/mapserver.conf" )
  ))
)
EOF_CONF

"$LIGHTTPD" -tt -f "$RUN_DIR/lighttpd.conf" >/dev/null
"$LIGHTTPD" -f "$RUN_DIR/lighttpd.conf"   # daemonizes and writes lighttpd.pid

CAPS="$ENDPOINT?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities"
for i in $(seq 1 50); do
  if curl -fsS --noproxy '*' -o "$RUN_DIR/wfs-capabilities.xml" "$CAPS" 2>/dev/null \
     && grep -q "WFS_Capabilities" "$RUN_DIR/wfs-capabilities.xml"; then
    # lighttpd does not stop its FastCGI children when it exits: remember them for stop.sh.
    pgrep -P "$(cat "$RUN_DIR/lighttpd.pid")" > "$RUN_DIR/fcgi.pids" || true
    echo "MapServer $(/usr/lib/cgi-bin/mapserv -v | sed -n 's/^MapServer version \([^ ]*\).*/\1/p') 已启动 / started on 127.0.0.1:$PORT (pid $(cat "$RUN_DIR/lighttpd.pid"), dir $RUN_DIR)"
    echo "WMS: $ENDPOINT?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities"
    echo "$CAPS"
    exit 0
  fi
  sleep 0.2
done
echo "MapServer 未能响应 / did not answer GetCapabilities; see $RUN_DIR/*.log and $RUN_DIR/wfs-capabilities.xml" >&2
"$HERE/stop.sh" --dir "$RUN_DIR" >/dev/null 2>&1 || true
exit 5
