package org.marginalia.core.assist;

import java.util.List;

/**
 * Sources that disagree: one entity with different titles, one counted thing with different figures, one
 * quote with different speakers or wording, one event with different dates, annotations of a schema's kind
 * about one entity with different attribute values. Each finding points at the
 * spans in each source document and says how sure it is (0 to 1) and why.
 */
public record Finding(Type type, String subject, List<Source> sources, double confidence, String explanation) {

    public enum Type {
        ROLE_TITLE("role title"), AFFILIATION("affiliation"), FIGURE("figure"), DATE("date"), QUOTE_SPEAKER("quote speaker"),
        QUOTE_WORDING("quote wording"), ATTRIBUTE("attribute"), DESCRIPTION("description"), MODALITY("modality"), ATTRIBUTION("attribution"),
        SETTING("setting");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What one document says, and where. */
    public record Source(String documentId, int begin, int end, String text, String says) {
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format("%s: %s (confidence %.2f) %s", type.label(), subject, confidence, explanation));
        for (Source source : sources) {
            text.append(String.format("%n    %s [%d, %d) \u201c%s\u201d: %s", source.documentId(), source.begin(), source.end(), source.text(), source.says()));
        }
        return text.toString();
    }
}
