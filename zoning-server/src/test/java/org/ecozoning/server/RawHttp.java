package org.ecozoning.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A bare HTTP/1.1 exchange over a socket, for what java.net.http hides or refuses (malformed URIs, framing). */
final class RawHttp {

    record Reply(int status, Map<String, String> headers, InputStream body, Socket socket) implements AutoCloseable {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() throws IOException {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private RawHttp() {
    }

    /** Sends the request head (adds Host and Connection: close) and parses the response head. */
    static Reply send(int port, String requestLineAndHeaders) throws IOException {
        return exchange(port, requestLineAndHeaders + "Connection: close\r\n");
    }

    /** Sends the request head as given plus Host, keeping the connection open (so bodies are chunked). */
    static Reply sendKeepAlive(int port, String requestLineAndHeaders) throws IOException {
        return exchange(port, requestLineAndHeaders);
    }

    private static Reply exchange(int port, String requestLineAndHeaders) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(20000);
        OutputStream out = s.getOutputStream();
        out.write((requestLineAndHeaders + "Host: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = s.getInputStream();
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        return new Reply(status, headers, in, s);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads a chunked body, returning its decoded length; fails on bad framing or early EOF. */
    static long readChunked(InputStream in, java.util.function.LongConsumer progress) throws IOException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        while (true) {
            String sizeLine = line(in);
            int semi = sizeLine.indexOf(';');
            long size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) {
                line(in); // empty trailer line
                return total;
            }
            long left = size;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new IOException("EOF inside chunk");
                }
                left -= n;
                total += n;
                progress.accept(total);
            }
            line(in); // CRLF after chunk
        }
    }
}
