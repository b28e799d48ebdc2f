package org.marginalia.core.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a source text strictly: a regular file inside its folder and under {@link ConfinedFolder#TEXT_LIMIT},
 * UTF-8 only, not empty, not binary. Never guesses an encoding.
 */
final class TextFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFiles() {
    }

    static String read(ConfinedFolder folder, Path file) throws CorpusException {
        byte[] bytes = folder.read(file, ConfinedFolder.TEXT_LIMIT);
        if (bytes.length == 0) {
            throw new CorpusException(new CorpusProblem(file, "is empty"));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new CorpusException(new CorpusProblem(file, "is a binary file (NUL byte at offset " + nul + "), not a text"));
        }
        String text = decode(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CorpusException(new CorpusProblem(file, "holds only white space"));
        }
        return text;
    }

    private static String decode(Path file, byte[] bytes) throws CorpusException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new CorpusException(new CorpusProblem(file,
                    "is not UTF-8 (invalid byte sequence at byte offset " + buffer.position() + ")"));
        } catch (CharacterCodingException e) {
            throw new CorpusException(new CorpusProblem(file, "is not UTF-8 (" + e.getMessage() + ")"));
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
