package org.marginalia.core.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
                    : "refers to a document the corpus does not have: " + EcoreUtil.getURI(document).fragment()));
            checkReferences(set, file, problems);
            return;
        }
        String currentHash = document.getText() == null ? null : TextHash.of(document.getText());
        if (set.getTextHash() != null && currentHash != null && !set.getTextHash().equals(currentHash)) {
            problems.add(new CorpusProblem(file, "annotation set", "was made on another version of the text of " + document.getId()
                    + " (SHA-256 " + set.getTextHash() + ", the text now has " + currentHash
                    + "); its annotations are kept as they are and may not cover the words they were made on"));
        }
        int length = document.getText() == null ? -1 : document.getText().length();
        for (Annotation annotation : set.getAnnotations()) {
            checkOffsets(annotation, length, file, problems);
        }
        checkReferences(set, file, problems);
    }

    private static void checkOffsets(Annotation annotation, int length, Path file, List<CorpusProblem> problems) {
        String element = elementOf(annotation);
        if (annotation.getBegin() > annotation.getEnd()) {
            problems.add(new CorpusProblem(file, element, "begins after it ends (begin " + annotation.getBegin() + ", end " + annotation.getEnd() + ")"));
        } else if (annotation.getBegin() < 0 || (length >= 0 && annotation.getEnd() > length)) {
            problems.add(new CorpusProblem(file, element, "lies outside the text: [" + annotation.getBegin() + ", " + annotation.getEnd()
                    + ") but the text has " + length + " characters"));
        }
    }

    private static void checkReferences(AnnotationSet set, Path file, List<CorpusProblem> problems) {
        for (Annotation annotation : set.getAnnotations()) {
            for (EReference reference : annotation.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isMany()) {
                    continue;
                }
                EObject target = (EObject) annotation.eGet(reference, true);
                if (target != null && target.eIsProxy()) {
                    problems.add(new CorpusProblem(file, elementOf(annotation), "its " + reference.getName()
                            + " refers to an unknown entity: " + EcoreUtil.getURI(target).fragment()));
                }
            }
        }
    }

    static String elementOf(Annotation annotation) {
        return annotation.eClass().getName() + " " + (annotation.getId() == null ? "at " + annotation.getBegin() : annotation.getId());
    }
}
