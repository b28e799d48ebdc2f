package org.marginalia.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.util.EntityIds;

/**
 * The entities an analyst can refer to: the corpus's shared ones and those analysts created in their own
 * sets, one per id (the corpus's wins). Finding by name or alias serves content assist; an entity that
 * does not exist yet is made for the analyst's own set.
 */
public final class EntityDirectory {

    private final Map<String, Entity> byId = new LinkedHashMap<>();

    public EntityDirectory(Corpus corpus, Collection<AnnotationSet> sets) {
        corpus.getEntities().forEach(e -> byId.putIfAbsent(e.getId(), e));
        sets.forEach(s -> s.getEntities().forEach(e -> byId.putIfAbsent(e.getId(), e)));
    }

    public List<Entity> all() {
        List<Entity> entities = new ArrayList<>(byId.values());
        entities.sort(Comparator.comparing(Entity::getName, String.CASE_INSENSITIVE_ORDER));
        return entities;
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Entities whose name or an alias contains {@code fragment}, names starting with it first. */
    public List<Entity> matching(String fragment) {
        String needle = fragment.toLowerCase(Locale.ROOT).strip();
        return all().stream()
                .filter(e -> names(e).stream().anyMatch(n -> n.contains(needle)))
                .sorted(Comparator.comparing((Entity e) -> !names(e).stream().anyMatch(n -> n.startsWith(needle))))
                .toList();
    }

    /** The entity named {@code name} (by name, alias or derived id), if there is one. */
    public Optional<Entity> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Entity entity : byId.values()) {
            if (names(entity).contains(key)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    /** A new entity, not yet added anywhere: the caller adds it to the analyst's set with a command. */
    public static Entity newEntity(EntityKind kind, String name) {
        Entity entity = MarginaliaFactory.eINSTANCE.createEntity();
        entity.setKind(kind);
        entity.setName(name.strip());
        entity.setId(EntityIds.idFor(kind, name));
        return entity;
    }

    private static List<String> names(Entity entity) {
        List<String> names = new ArrayList<>();
        names.add(entity.getName().toLowerCase(Locale.ROOT));
        entity.getAliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        return names;
    }
}
