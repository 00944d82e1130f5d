package org.gliomaradiomics.commands;

/** A failure the user can act on; its message is one line naming the input and the problem. */
public class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
