package org.marginalia.ui.compare;

import org.eclipse.osgi.util.NLS;

/** The Compare editor's words, from comparetexts.properties. */
final class CompareTexts extends NLS {

    public static String title;
    public static String titleMany;
    public static String gap;
    public static String status;
    public static String saved;
    public static String exportPicture;
    public static String exportPictureTip;
    public static String exportFailed;
    public static String chooseTwo;
    public static String notSameCorpus;

    static {
        NLS.initializeMessages("org.marginalia.ui.compare.comparetexts", CompareTexts.class);
    }

    private CompareTexts() {
    }
}
