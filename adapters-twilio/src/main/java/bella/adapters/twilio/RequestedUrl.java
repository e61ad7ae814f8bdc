package bella.adapters.twilio;

import java.util.List;

/**
 * The URL Twilio requested, in parts: what Twilio signs. {@code port} is -1 when the URL names none; {@code
 * pathAndQuery} is kept exactly as it travelled, percent-escapes included, since Twilio signs it that way.
 */
record RequestedUrl(String scheme, String host, int port, String pathAndQuery) {

    /**
     * The forms Twilio may have signed. Its documentation says it drops the port of an https URL before signing, yet
     * it has been seen keeping a port that is not the default; its own validators therefore accept the URL both with
     * and without the port, whichever way it arrived, and so does Bella. Only the port changes: the rest is never
     * decoded and encoded again, which would change what was signed.
     */
    List<String> signedForms() {
        String withoutPort = scheme + "://" + host + pathAndQuery;
        int port = this.port == -1 ? defaultPort() : this.port;
        return List.of(scheme + "://" + host + ":" + port + pathAndQuery, withoutPort);
    }

    /** For a log line: the query, which a webhook might use to carry a caller's details, is left out. */
    @Override
    public String toString() {
        int query = pathAndQuery.indexOf('?');
        return scheme + "://" + host + (port == -1 ? "" : ":" + port)
                + (query < 0 ? pathAndQuery : pathAndQuery.substring(0, query) + "?...");
    }

    private int defaultPort() {
        return scheme.equals("https") ? 443 : 80;
    }
}
