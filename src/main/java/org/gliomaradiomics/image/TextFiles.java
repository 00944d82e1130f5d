package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text inputs (CSV tables, YAML settings): read whole as UTF-8, a leading byte-order mark (as Excel writes) dropped;
 * bytes that are not UTF-8 are an error naming the file and the line, not a bare decoder exception.
 */
public final class TextFiles {
    private TextFiles() {}

    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": line " + badLine(bytes) + " is not UTF-8 text (save the file as UTF-8)", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A reader of the whole text (see {@link #read}). */
    public static Reader reader(Path file) throws IOException {
        return new StringReader(read(file));
    }

    private static int badLine(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1, start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    utf8.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
