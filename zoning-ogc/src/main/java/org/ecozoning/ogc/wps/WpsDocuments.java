package org.ecozoning.ogc.wps;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.ecozoning.ogc.common.Html;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.processes.Format;
import org.ecozoning.ogc.processes.InputDescription;
import org.ecozoning.ogc.processes.Job;
import org.ecozoning.ogc.processes.OutputData;
import org.ecozoning.ogc.processes.OutputDescription;
import org.ecozoning.ogc.processes.ProcessDescription;
import org.ecozoning.ogc.processes.ZoningProcess;

/**
 * Writes the WPS 1.0.0 documents: Capabilities, ProcessDescriptions and ExecuteResponse (with
 * statusLocation and ProcessAccepted / ProcessStarted / ProcessSucceeded / ProcessFailed).
 * Embedded XML outputs (GML) are written as elements, text outputs (JSON, HTML) as CDATA and
 * binary ones (PDF) in base64; outputs asked by reference point to the handler's output path.
 */
final class WpsDocuments {
    static final String NS = " xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    static final String CONTENT_TYPE = "application/xml; charset=UTF-8";

    private WpsDocuments() { }

    static String esc(String s) { return s == null ? "" : Html.esc(s); }

    static String capabilities(String url, List<ZoningProcess> processes, WpsConfig cfg) {
        StringBuilder x = new StringBuilder(4000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wps:Capabilities service=\"WPS\" version=\"1.0.0\" xml:lang=\"zh-CN\"").append(NS)
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wps/1.0.0 http://schemas.opengis.net/wps/1.0.0/wpsGetCapabilities_response.xsd\">\n");
        x.append("<ows:ServiceIdentification><ows:Title>").append(esc(cfg.title())).append("</ows:Title><ows:Abstract>").append(esc(cfg.abstractText()))
                .append("</ows:Abstract><ows:ServiceType>WPS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>\n");
        x.append("<ows:ServiceProvider><ows:ProviderName>").append(esc(cfg.provider())).append("</ows:ProviderName><ows:ServiceContact/></ows:ServiceProvider>\n");
        x.append("<ows:OperationsMetadata>");
        for (String op : List.of("GetCapabilities", "DescribeProcess", "Execute")) {
            x.append("<ows:Operation name=\"").append(op).append("\"><ows:DCP><ows:HTTP><ows:Get xlink:href=\"").append(esc(url)).append("?\"/><ows:Post xlink:href=\"")
                    .append(esc(url)).append("\"/></ows:HTTP></ows:DCP></ows:Operation>");
        }
        x.append("</ows:OperationsMetadata>\n<wps:ProcessOfferings>");
        for (ZoningProcess p : processes) {
            ProcessDescription d = p.description();
            x.append("<wps:Process wps:processVersion=\"").append(d.version()).append("\"><ows:Identifier>").append(esc(d.wpsId()))
                    .append("</ows:Identifier><ows:Title>").append(esc(d.title())).append("</ows:Title><ows:Abstract>").append(esc(d.abstractZh()))
                    .append("</ows:Abstract></wps:Process>");
        }
        x.append("</wps:ProcessOfferings>\n<wps:Languages><wps:Default><ows:Language>zh-CN</ows:Language></wps:Default><wps:Supported>")
                .append("<ows:Language>zh-CN</ows:Language></wps:Supported></wps:Languages>\n</wps:Capabilities>\n");
        return x.toString();
    }

    static String describe(List<ZoningProcess> processes, long maxMegabytes) {
        StringBuilder x = new StringBuilder(8000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wps:ProcessDescriptions service=\"WPS\" version=\"1.0.0\" xml:lang=\"zh-CN\"").append(NS)
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wps/1.0.0 http://schemas.opengis.net/wps/1.0.0/wpsDescribeProcess_response.xsd\">\n");
        for (ZoningProcess p : processes) {
            ProcessDescription d = p.description();
            x.append("<ProcessDescription wps:processVersion=\"").append(d.version()).append("\" storeSupported=\"true\" statusSupported=\"true\">")
                    .append("<ows:Identifier>").append(esc(d.wpsId())).append("</ows:Identifier><ows:Title>").append(esc(d.title()))
                    .append("</ows:Title><ows:Abstract>").append(esc(d.abstractZh() + " " + d.abstractEn())).append("</ows:Abstract>\n<DataInputs>");
            for (InputDescription in : d.inputs()) {
                x.append("<Input minOccurs=\"").append(in.minOccurs()).append("\" maxOccurs=\"").append(in.maxOccurs()).append("\"><ows:Identifier>")
                        .append(esc(in.id())).append("</ows:Identifier><ows:Title>").append(esc(in.title())).append("</ows:Title><ows:Abstract>")
                        .append(esc(in.abstractZh())).append("</ows:Abstract>");
                if (in.complex()) {
                    x.append("<ComplexData maximumMegabytes=\"").append(maxMegabytes).append("\">");
                    formats(x, in.formats());
                    x.append("</ComplexData>");
                } else {
                    String type = in.dataType();
                    x.append("<LiteralData><ows:DataType ows:reference=\"http://www.w3.org/TR/xmlschema-2/#").append(type).append("\">").append(type)
                            .append("</ows:DataType>");
                    if (in.allowedValues().isEmpty()) x.append("<ows:AnyValue/>");
                    else {
                        x.append("<ows:AllowedValues>");
                        for (String v : in.allowedValues()) x.append("<ows:Value>").append(esc(v)).append("</ows:Value>");
                        x.append("</ows:AllowedValues>");
                    }
                    x.append("</LiteralData>");
                }
                x.append("</Input>");
            }
            x.append("</DataInputs>\n<ProcessOutputs>");
            for (OutputDescription o : d.outputs()) {
                x.append("<Output><ows:Identifier>").append(esc(o.id())).append("</ows:Identifier><ows:Title>").append(esc(o.title()))
                        .append("</ows:Title><ComplexOutput>");
                formats(x, o.formats());
                x.append("</ComplexOutput></Output>");
            }
            x.append("</ProcessOutputs></ProcessDescription>\n");
        }
        return x.append("</wps:ProcessDescriptions>\n").toString();
    }

    private static void formats(StringBuilder x, List<Format> fs) {
        x.append("<Default>");
        format(x, fs.get(0));
        x.append("</Default><Supported>");
        for (Format f : fs) format(x, f);
        x.append("</Supported>");
    }

    private static void format(StringBuilder x, Format f) {
        x.append("<Format><MimeType>").append(esc(f.mimeType())).append("</MimeType>");
        if (f.encoding() != null) x.append("<Encoding>").append(f.encoding()).append("</Encoding>");
        else if (f == Format.PDF) x.append("<Encoding>base64</Encoding>");
        if (f.schema() != null) x.append("<Schema>").append(esc(f.schema())).append("</Schema>");
        x.append("</Format>");
    }

    /** Everything an ExecuteResponse needs besides the job. */
    record ResponseContext(String serviceUrl, String statusUrl, String outputBase, ProcessDescription process) { }

    static void executeResponse(OutputStream os, Job job, WpsExecuteRequest req, ResponseContext rc) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        ProcessDescription d = rc.process();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wps:ExecuteResponse service=\"WPS\" version=\"1.0.0\" xml:lang=\"zh-CN\"" + NS
                + " xsi:schemaLocation=\"http://www.opengis.net/wps/1.0.0 http://schemas.opengis.net/wps/1.0.0/wpsExecute_response.xsd\" serviceInstance=\""
                + esc(rc.serviceUrl() + "?service=WPS&request=GetCapabilities&version=1.0.0") + "\"");
        if (req.async()) w.write(" statusLocation=\"" + esc(rc.statusUrl()) + "\"");
        w.write(">\n<wps:Process wps:processVersion=\"" + d.version() + "\"><ows:Identifier>" + esc(d.wpsId()) + "</ows:Identifier><ows:Title>"
                + esc(d.title()) + "</ows:Title></wps:Process>\n");
        Instant t = job.finished() != null ? job.finished() : job.started() != null ? job.started() : job.created();
        w.write("<wps:Status creationTime=\"" + t + "\">");
        switch (job.status()) {
            case ACCEPTED -> w.write("<wps:ProcessAccepted>" + esc(job.message()) + "</wps:ProcessAccepted>");
            case RUNNING -> w.write("<wps:ProcessStarted percentCompleted=\"" + job.percent() + "\">" + esc(job.message()) + "</wps:ProcessStarted>");
            case SUCCESSFUL -> w.write("<wps:ProcessSucceeded>研判完成 / process succeeded</wps:ProcessSucceeded>");
            case FAILED, DISMISSED -> {
                OwsException e = job.error() != null ? WpsErrors.toOws(job.error())
                        : new OwsException(OwsException.Code.NoApplicableCode, null, "作业已撤销 / the job was dismissed");
                w.write("<wps:ProcessFailed><ows:ExceptionReport version=\"1.0.0\"><ows:Exception exceptionCode=\"" + e.code().name() + "\""
                        + (e.locator() == null ? "" : " locator=\"" + esc(e.locator()) + "\"") + "><ows:ExceptionText>" + esc(e.getMessage())
                        + "</ows:ExceptionText></ows:Exception></ows:ExceptionReport></wps:ProcessFailed>");
            }
            default -> throw new IllegalStateException();
        }
        w.write("</wps:Status>\n");
        if (req.lineage()) {
            w.write("<wps:DataInputs>");
            for (var in : req.inputs()) {
                w.write("<wps:Input><ows:Identifier>" + esc(in.identifier()) + "</ows:Identifier>");
                if (in.href() != null) w.write("<wps:Reference xlink:href=\"" + esc(in.href()) + "\"/>");
                else if (in.mimeType() == null && in.xml() == null) w.write("<wps:Data><wps:LiteralData>" + esc(in.text()) + "</wps:LiteralData></wps:Data>");
                else w.write("<wps:Data><wps:ComplexData mimeType=\"" + esc(in.mimeType()) + "\"/></wps:Data>");
                w.write("</wps:Input>");
            }
            w.write("</wps:DataInputs>\n<wps:OutputDefinitions>");
            for (WpsOutputRequest o : selected(req, d)) {
                w.write("<wps:Output asReference=\"" + o.asReference() + "\"" + (o.mimeType() == null ? "" : " mimeType=\"" + esc(o.mimeType()) + "\"")
                        + "><ows:Identifier>" + esc(o.id()) + "</ows:Identifier></wps:Output>");
            }
            w.write("</wps:OutputDefinitions>\n");
        }
        if (job.status() == org.ecozoning.ogc.processes.JobStatus.SUCCESSFUL && job.result() != null) {
            w.write("<wps:ProcessOutputs>");
            for (WpsOutputRequest o : selected(req, d)) {
                OutputData data = job.result().output(o.id());
                if (data == null) continue;
                OutputDescription od = d.output(o.id());
                w.write("<wps:Output><ows:Identifier>" + esc(o.id()) + "</ows:Identifier><ows:Title>" + esc(od.title()) + "</ows:Title>");
                Format f = data.format();
                if (o.asReference()) {
                    w.write("<wps:Reference href=\"" + esc(rc.outputBase() + "/" + o.id()) + "\" mimeType=\"" + esc(f.mimeType()) + "\""
                            + (f.encoding() != null ? " encoding=\"" + f.encoding() + "\"" : "") + "/>");
                } else {
                    w.write("<wps:Data><wps:ComplexData mimeType=\"" + esc(f.mimeType()) + "\""
                            + (f.schema() != null ? " schema=\"" + esc(f.schema()) + "\"" : "") + (f == Format.PDF ? " encoding=\"base64\"" : "") + ">");
                    if (f == Format.PDF) {
                        w.write(Base64.getEncoder().encodeToString(data.bytes() != null ? data.bytes() : java.nio.file.Files.readAllBytes(data.file())));
                    } else if (f.isXml()) {
                        w.flush();
                        writeWithoutDeclaration(data, os);
                    } else {
                        w.write("<![CDATA[");
                        writeCdata(data, w);
                        w.write("]]>");
                    }
                    w.write("</wps:ComplexData></wps:Data>");
                }
                w.write("</wps:Output>");
            }
            w.write("</wps:ProcessOutputs>\n");
        }
        w.write("</wps:ExecuteResponse>\n");
        w.flush();
    }

    /** The outputs a response document lists: those asked for, or all with defaults. */
    static List<WpsOutputRequest> selected(WpsExecuteRequest req, ProcessDescription d) {
        if (req.raw() != null) return List.of(req.raw());
        if (!req.outputs().isEmpty()) return req.outputs();
        return d.outputs().stream().map(o -> new WpsOutputRequest(o.id(), null, false)).toList();
    }

    /** Copies an XML output without its declaration, streaming (a batch result may be hundreds of MB). */
    private static void writeWithoutDeclaration(OutputData data, OutputStream os) throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(data.open(), 64 * 1024)) {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            String h = new String(head, StandardCharsets.ISO_8859_1);
            int skip = 0;
            if (h.startsWith("<?xml")) {
                int end = h.indexOf("?>");
                if (end > 0) skip = end + 2;
            }
            in.reset();
            in.skipNBytes(skip);
            in.transferTo(os);
        }
    }

    /** Copies a text output into a CDATA section, streaming, splitting every "]]>" so it cannot end the section. */
    private static void writeCdata(OutputData data, Writer w) throws IOException {
        try (java.io.Reader r = new java.io.InputStreamReader(data.open(), StandardCharsets.UTF_8)) {
            char[] buf = new char[32 * 1024];
            int brackets = 0;
            for (int n; (n = r.read(buf)) > 0; ) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c == '>' && brackets >= 2) {
                        w.write(buf, from, i - from);
                        w.write("]]><![CDATA[");
                        from = i;
                    }
                    brackets = c == ']' ? brackets + 1 : 0;
                }
                w.write(buf, from, n - from);
            }
        }
    }
}
