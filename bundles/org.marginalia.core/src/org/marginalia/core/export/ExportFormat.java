package org.marginalia.core.export;

import java.util.Locale;

import org.marginalia.core.formats.brat.BratExporter;
import org.marginalia.core.formats.conll.ConllExporter;

/** The formats a corpus can be exported in. */
public enum ExportFormat {
    /** One self-contained EMF XMI file (texts, entities, annotation sets) with marginalia.ecore beside it. */
    EMF,
    /** UIMA CAS XMI: one .xmi per document and TypeSystem.xml, for INCEpTION, DKPro and UIMA pipelines. */
    UIMA,
    /** brat standoff: annotation.conf and a folder per set owner with each document's .txt and .ann. */
    BRAT,
    /** CoNLL-2002 style BIO columns for one span kind, a file per set owner. */
    CONLL;

    /** What a format needs besides the corpus: for CoNLL the span kind and, optionally, the attribute giving the tag. */
    public record Options(String kind, String labelAttribute) {
        public static final Options NONE = new Options(null, null);
    }

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use emf, uima, brat or conll", e);
        }
    }

    public CorpusExporter exporter() {
        return exporter(Options.NONE);
    }

    /** The exporter; CoNLL needs {@link Options#kind()} (an {@link IllegalArgumentException} says so). */
    public CorpusExporter exporter(Options options) {
        return switch (this) {
            case EMF -> new EmfXmiExporter();
            case UIMA -> new UimaCasXmiExporter();
            case BRAT -> new BratExporter();
            case CONLL -> {
                if (options.kind() == null) {
                    throw new IllegalArgumentException("CoNLL columns are written for one span kind: name it (--kind)");
                }
                yield new ConllExporter(options.kind(), options.labelAttribute());
            }
        };
    }
}
