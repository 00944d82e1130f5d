package org.gliomaradiomics.commands;

/** Bad usage: a missing, unknown or malformed option (exit code 2 on the command line). */
public class UsageException extends CommandException {
    public UsageException(String message) {
        super(message);
    }
}
