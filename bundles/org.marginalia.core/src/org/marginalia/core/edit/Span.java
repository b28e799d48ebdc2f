package org.marginalia.core.edit;

/** A half-open range [begin, end) of UTF-16 offsets into a document text. */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a span: [" + begin + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return begin == end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
