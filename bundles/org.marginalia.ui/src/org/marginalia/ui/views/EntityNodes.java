package org.marginalia.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** A corpus's entities, a level of its own when more than one corpus is open. */
    record CorpusNode(CorpusAnnotations corpus, List<EntityNode> entities) {
        @Override
        public boolean equals(Object other) {
            return other instanceof CorpusNode node && node.corpus == corpus;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(corpus);
        }
    }

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
        // One pass over the annotations, not one per entity: a large corpus has thousands of both.
        Map<Entity, Map<Document, List<Annotation>>> mentions = new HashMap<>();
        for (AnnotationSet set : corpus.setsOf(analystId)) {
            for (Annotation annotation : set.getAnnotations()) {
                for (Entity entity : entitiesOf(annotation)) {
                    mentions.computeIfAbsent(entity, e -> new LinkedHashMap<>())
                            .computeIfAbsent(set.getDocument(), d -> new ArrayList<>()).add(annotation);
                }
            }
        }
        List<EntityNode> nodes = new ArrayList<>();
        for (Entity entity : corpus.entities().all()) {
            List<DocumentNode> documents = new ArrayList<>();
            EntityNode node = new EntityNode(corpus, entity, documents);
            mentions.getOrDefault(entity, Map.of()).forEach((document, annotations) -> {
                List<MentionNode> rows = new ArrayList<>();
                DocumentNode documentNode = new DocumentNode(node, document, rows);
                annotations.forEach(a -> rows.add(new MentionNode(documentNode, a)));
                documents.add(documentNode);
            });
            nodes.add(node);
        }
        return nodes;
    }

    private static Set<Entity> entitiesOf(Annotation annotation) {
        Set<Entity> entities = new HashSet<>(2);
        for (EReference reference : annotation.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && annotation.eGet(reference) instanceof Entity entity) {
                entities.add(entity);
            }
        }
        return entities;
    }
}
