package org.marginalia.core.export;

import java.util.Locale;

/** The formats a corpus can be exported in. */
public enum ExportFormat {
    /** One self-contained EMF XMI file (texts, entities, annotation sets) with marginalia.ecore beside it. */
    EMF,
    /** UIMA CAS XMI: one .xmi per document and TypeSystem.xml, for INCEpTION, DKPro and UIMA pipelines. */
    UIMA;

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use emf or uima", e);
        }
    }

    public CorpusExporter exporter() {
        return this == EMF ? new EmfXmiExporter() : new UimaCasXmiExporter();
    }
}
