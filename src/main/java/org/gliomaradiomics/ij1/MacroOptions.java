package org.gliomaradiomics.ij1;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.commands.CommandException;
import org.gliomaradiomics.commands.CommandSpec;

/**
 * Reads an ImageJ macro option string ({@code key=value key2=[value with spaces] flag}) as the Macro Recorder writes
 * it. Keys are a command's snake_case input names; a key the command does not have is an error naming it, so a
 * typo ({@code lable=2}) never silently falls back to a default. A bare key is a checked checkbox.
 */
public final class MacroOptions {
    private MacroOptions() {}

    public static Map<String, String> parse(String options, CommandSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        String s = options == null ? "" : options;
        int i = 0, n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int keyStart = i;
            while (i < n && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) i++;
            String key = s.substring(keyStart, i);
            String value = "true";
            if (i < n && s.charAt(i) == '=') {
                i++;
                if (i < n && s.charAt(i) == '[') {
                    int end = s.indexOf(']', i + 1);
                    if (end < 0) throw new CommandException("option '" + key + "' has '[' without ']'");
                    value = s.substring(i + 1, end);
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
                    value = s.substring(start, i);
                }
            }
            if (spec.param(key).isEmpty())
                throw new CommandException("unknown option '" + key + "' (options: " + String.join(", ",
                    spec.params().stream().map(p -> p.name()).toList()) + ")");
            values.put(spec.param(key).get().name(), value);
        }
        return values;
    }

    /** The option string the Macro Recorder writes for these values (brackets where a value has spaces or is empty). */
    public static String format(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (b.length() > 0) b.append(' ');
            String v = e.getValue();
            b.append(e.getKey()).append('=').append(v.isEmpty() || v.contains(" ") || v.contains("[") ? "[" + v + "]" : v);
        }
        return b.toString();
    }
}
