package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.StatusLinePage;
import org.marginalia.ui.tests.support.UI;

/** The status line names the current analyst in full, whatever the name's length and however often it changes. */
class AnalystStatusTest {

    private final StatusLinePage statusLine = new StatusLinePage();

    @AfterEach
    void backToAna() {
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
        statusLine.waitForAnalyst("ana");
    }

    @Test
    void aLongerNameAfterASwitchIsShownWhole() {
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
        statusLine.waitForAnalyst("ana");
        assertTrue(statusLine.showsTheAnalystWhole());

        UI.run(() -> MarginaliaPreferences.setAnalyst("maximilian.oberhauser-lindqvist"));
        statusLine.waitForAnalyst("maximilian.oberhauser-lindqvist");
        statusLine.waitUntilShownWhole();
        assertEquals("maximilian.oberhauser-lindqvist", statusLine.analyst());
    }
}
