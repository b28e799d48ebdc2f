package org.marginalia.ui.importing;

import org.eclipse.osgi.util.NLS;

/** The words of the New Corpus and Import Documents wizards, from importtexts.properties, so they can be translated. */
final class ImportTexts extends NLS {

    public static String importWindow;
    public static String importTitle;
    public static String importDescription;
    public static String importCorpus;
    public static String importFolder;
    public static String browse;
    public static String columnFile;
    public static String columnDocument;
    public static String columnWhat;
    public static String noCorpusOpen;
    public static String notAFolder;
    public static String willBeAdded;
    public static String alreadyThere;
    public static String refused;
    public static String summary;
    public static String nothingUntilFixed;
    public static String refusedMessage;
    public static String nothingNew;
    public static String editorsStayOpen;
    public static String importJob;
    public static String importFailedTitle;
    public static String importFailed;
    public static String importPartlyTitle;
    public static String importPartly;
    public static String willBeAddedWith;
    public static String willGainSets;
    public static String annotatedSummary;
    public static String schemaGains;
    public static String annotatedRefused;
    public static String newWindow;
    public static String newTitle;
    public static String newDescription;
    public static String newName;
    public static String newFolder;
    public static String newSchemaDefault;
    public static String newSchemaFile;
    public static String newTexts;
    public static String newTextsTip;
    public static String folderNotEmpty;
    public static String nameMissing;
    public static String schemaMissing;
    public static String textsMissing;
    public static String textsRefused;
    public static String textRefused;
    public static String refusedOne;
    public static String newJob;
    public static String newFailedTitle;
    public static String newFailed;
    public static String newMadeWithoutTexts;
    public static String newMadeWithoutSome;
    public static String ownSchema;
    public static String isBrat;
    public static String isUima;

    static {
        NLS.initializeMessages("org.marginalia.ui.importing.importtexts", ImportTexts.class);
    }

    private ImportTexts() {
    }
}
