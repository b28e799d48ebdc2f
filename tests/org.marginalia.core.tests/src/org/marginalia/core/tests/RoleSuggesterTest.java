package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.RoleSuggester;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Role;

/** Roles as a report of a flood words them: a title before the name, a possessive, and "the title of a place, name". */
class RoleSuggesterTest {

    private static final String REPORT = "Mayor Helen Ashdown opened the shelter on Monday. Environment minister Paul Greaves flew in later, and "
            + "Wales's first minister, Rhian Morgan, followed. The mayor of Millbrook, Tom Birch, said the river had peaked. "
            + "UN Secretary-General Ana Ribeiro sent a message. The head of the Northern Rivers Authority said little; "
            + "the minister's office and the town council met. Rescue teams from Head Office Road helped.";

    @Test
    void titlesBeforeNamesPossessivesAndTitlesOfAPlaceAreProposedWithPersonAndAffiliation() {
        Map<String, Role> roles = proposals();

        assertRole(roles, "Mayor Helen Ashdown", "Mayor", "Helen Ashdown", null);
        assertRole(roles, "Environment minister Paul Greaves", "Environment Minister", "Paul Greaves", null);
        assertRole(roles, "Wales's first minister, Rhian Morgan", "First Minister", "Rhian Morgan", "Wales");
        assertRole(roles, "The mayor of Millbrook, Tom Birch", "Mayor", "Tom Birch", "Millbrook");
        assertRole(roles, "Secretary-General Ana Ribeiro", "Secretary-General", "Ana Ribeiro", null);
        assertFalse(roles.keySet().stream().anyMatch(text -> text.contains("Northern Rivers") || text.contains("Head Office")),
                "a head without a name after it, and a street, are no roles: " + roles.keySet());
    }

    private static void assertRole(Map<String, Role> roles, String text, String title, String person, String affiliation) {
        Role role = roles.get(text);
        assertTrue(role != null, text + " proposed; proposed were " + roles.keySet());
        assertEquals(title, role.getTitle(), text);
        assertEquals(person, role.getPerson() == null ? null : role.getPerson().getName(), text);
        assertEquals(affiliation, role.getAffiliation() == null ? null : role.getAffiliation().getName(), text);
    }

    private static Map<String, Role> proposals() {
        Corpus corpus = MarginaliaFactory.eINSTANCE.createCorpus();
        for (String[] known : new String[][] { { "person.helen-ashdown", "Helen Ashdown", "PERSON" }, { "person.paul-greaves", "Paul Greaves", "PERSON" },
                { "person.tom-birch", "Tom Birch", "PERSON" }, { "person.ana-ribeiro", "Ana Ribeiro", "PERSON" },
                { "person.rhian-morgan", "Rhian Morgan", "PERSON" }, { "place.millbrook", "Millbrook", "PLACE" }, { "place.wales", "Wales", "PLACE" } }) {
            Entity entity = MarginaliaFactory.eINSTANCE.createEntity();
            entity.setId(known[0]);
            entity.setName(known[1]);
            entity.setKind(EntityKind.valueOf(known[2]));
            corpus.getEntities().add(entity);
        }
        Document document = MarginaliaFactory.eINSTANCE.createDocument();
        document.setId("flood");
        document.setText(REPORT);
        corpus.getDocuments().add(document);
        Map<String, Role> roles = new TreeMap<>();
        for (Suggestion suggestion : new RoleSuggester().suggest(document, new EntityDirectory(corpus, List.of()))) {
            roles.put(REPORT.substring(suggestion.begin(), suggestion.end()), (Role) suggestion.proposal());
        }
        return roles;
    }
}
