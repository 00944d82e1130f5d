package org.gliomaradiomics.commands;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gliomaradiomics.cli.Main;

/** Runs a command-line invocation in this JVM and keeps what it printed. */
public final class CommandRunner {
    public final int code;
    public final String out;
    public final String err;

    private CommandRunner(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    public static CommandRunner run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
        int code = Main.run(args, po, new PrintStream(e, true, StandardCharsets.UTF_8));
        return new CommandRunner(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
