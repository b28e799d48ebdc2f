package org.marginalia.core.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.marginalia.core.io.TextHash;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * Checks a loaded annotation set against its corpus: the document it names, the text version it was made
 * on, every annotation's offsets and references. It only reports: annotations are never shifted, clipped
 * or dropped, so nothing is lost when a text or a file is not what was expected.
 */
final class AnnotationSetValidator {

    private AnnotationSetValidator() {
    }

    static void validate(AnnotationSet set, Path file, String expectedAnalyst, List<CorpusProblem> problems) {
        if (expectedAnalyst != null && !expectedAnalyst.equals(set.getAnalystId())) {
            problems.add(new CorpusProblem(file, "annotation set",
                    "is in the folder of analyst '" + expectedAnalyst + "' but says it is by '" + set.getAnalystId() + "'"));
        }
        Document document = set.getDocument();
        if (document == null || document.eIsProxy()) {
            problems.add(new CorpusProblem(file, "annotation set", document == null ? "names no document"
                    : describeUnresolved("document", document)));
            checkReferences(set, file, problems);
            return;
        }
        String text = document.getText();
        checkTextVersion(set, document, file, problems);
        for (Annotation annotation : set.getAnnotations()) {
            checkOffsets(annotation, text, file, problems);
        }
        checkReferences(set, file, problems);
    }

    /**
     * A set is tied to the text it was made on by its SHA-256; without one its offsets could silently point
     * at other words once the text changes, so a missing hash is itself a problem.
     */
    private static void checkTextVersion(AnnotationSet set, Document document, Path file, List<CorpusProblem> problems) {
        if (set.getTextHash() == null) {
            problems.add(new CorpusProblem(file, "annotation set", "records no SHA-256 of the text of \"" + document.getTitle()
                    + "\" it was made on, so its annotations cannot be trusted to cover the words they were made on"));
            return;
        }
        String currentHash = document.getText() == null ? null : TextHash.of(document.getText());
        if (currentHash != null && !set.getTextHash().equals(currentHash)) {
            // Fingerprints mean nothing to an analyst; what matters is that the words under the annotations may have moved.
            problems.add(new CorpusProblem(file, "annotation set", "was made on another version of the text of \"" + document.getTitle()
                    + "\" (its text file changed since); its annotations are kept as they are and may not cover the words they were made on"));
        }
    }

    private static void checkOffsets(Annotation annotation, String text, Path file, List<CorpusProblem> problems) {
        String element = elementOf(annotation);
        int length = text == null ? -1 : text.length();
        int begin = annotation.getBegin();
        int end = annotation.getEnd();
        if (begin > end) {
            problems.add(new CorpusProblem(file, element, "begins after it ends (begin " + begin + ", end " + end + ")"));
        } else if (begin < 0 || (length >= 0 && end > length)) {
            problems.add(new CorpusProblem(file, element, "lies outside the text: [" + begin + ", " + end
                    + ") but the text has " + length + " characters"));
        } else if (text != null && (splitsPair(text, begin) || splitsPair(text, end))) {
            problems.add(new CorpusProblem(file, element, "[" + begin + ", " + end
                    + ") cuts a character in half (an emoji or a rare CJK character is two UTF-16 units; an offset falls between them)"));
        }
    }

    /** Whether {@code offset} falls between the two UTF-16 units of one character. */
    static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void checkReferences(AnnotationSet set, Path file, List<CorpusProblem> problems) {
        for (Annotation annotation : set.getAnnotations()) {
            for (EReference reference : annotation.eClass().getEAllReferences()) {
                if (reference.isContainment()) {
                    continue;
                }
                for (EObject target : targets(annotation, reference)) {
                    if (target.eIsProxy()) {
                        problems.add(new CorpusProblem(file, elementOf(annotation), describeUnresolved("its " + reference.getName(), target)));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(Annotation annotation, EReference reference) {
        Object value = annotation.eGet(reference, true);
        if (reference.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /** A reference that did not resolve: to something missing inside the corpus, or to somewhere it may not go. */
    private static String describeUnresolved(String what, EObject proxy) {
        URI uri = ((InternalEObject) proxy).eProxyURI();
        if (uri == null || !uri.isFile()) {
            return what + " refers to " + uri + ", outside the corpus folder; it is not followed";
        }
        return what + " refers to an unknown " + (what.equals("document") ? "document" : "entity") + ": " + uri.fragment()
                + " (in " + uri.lastSegment() + ", which the corpus does not have, or which could not be read there)";
    }

    static String elementOf(Annotation annotation) {
        return annotation.eClass().getName() + " " + (annotation.getId() == null ? "at " + annotation.getBegin() : annotation.getId());
    }
}
