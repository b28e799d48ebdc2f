package org.marginalia.core.compare;

import java.util.List;

import org.marginalia.model.Document;

/** A sentence of a document, or a quotation inside one ({@code quoted}), with its words. */
public record Statement(Document document, int begin, int end, boolean quoted, List<Token> tokens) {

    public String text() {
        return document.getText().substring(begin, end);
    }

    public String documentId() {
        return document.getId();
    }
}
