package org.marginalia.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.ui.corpus.CorpusAnnotations;

/** The rows of the Entities view: an entity, the documents that mention it, and each mention. */
final class EntityNodes {

    // Parents and children point at each other, so equality is by the model objects a row stands for;
    // the records' generated equals and hashCode would recurse forever.

    record EntityNode(CorpusAnnotations corpus, Entity entity, List<DocumentNode> documents) {
        int mentionCount() {
            return documents.stream().mapToInt(d -> d.mentions().size()).sum();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EntityNode node && node.entity == entity;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entity);
        }
    }

    record DocumentNode(EntityNode parent, Document document, List<MentionNode> mentions) {
        @Override
        public boolean equals(Object other) {
            return other instanceof DocumentNode node && node.document == document && node.parent.entity() == parent.entity();
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + parent.hashCode();
        }
    }

    record MentionNode(DocumentNode parent, Annotation annotation) {
        @Override
        public boolean equals(Object other) {
            return other instanceof MentionNode node && node.annotation == annotation && node.parent.equals(parent);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(annotation);
        }
    }

    private EntityNodes() {
    }

    /** Every entity of the corpus with the analyst's annotations that refer to it, document by document. */
    static List<EntityNode> of(CorpusAnnotations corpus, String analystId) {
        List<EntityNode> nodes = new ArrayList<>();
        List<AnnotationSet> sets = corpus.setsOf(analystId);
        for (Entity entity : corpus.entities().all()) {
            Map<Document, List<Annotation>> byDocument = new LinkedHashMap<>();
            for (AnnotationSet set : sets) {
                for (Annotation annotation : set.getAnnotations()) {
                    if (refersTo(annotation, entity)) {
                        byDocument.computeIfAbsent(set.getDocument(), d -> new ArrayList<>()).add(annotation);
                    }
                }
            }
            List<DocumentNode> documents = new ArrayList<>();
            EntityNode node = new EntityNode(corpus, entity, documents);
            byDocument.forEach((document, annotations) -> {
                List<MentionNode> mentions = new ArrayList<>();
                DocumentNode documentNode = new DocumentNode(node, document, mentions);
                annotations.forEach(a -> mentions.add(new MentionNode(documentNode, a)));
                documents.add(documentNode);
            });
            nodes.add(node);
        }
        return nodes;
    }

    private static boolean refersTo(Annotation annotation, Entity entity) {
        for (EReference reference : annotation.eClass().getEAllReferences()) {
            if (!reference.isContainment() && annotation.eGet(reference) == entity) {
                return true;
            }
        }
        return false;
    }
}
