package org.gliomaradiomics.imagej2;

/**
 * Our plugin in a headless ImageJ2 (a SciJava context with imagej-legacy, as in {@code ImageJ-linux64 --headless}):
 * modules, menu, search, and every case of {@link CommandCases} through CommandService and through a macro.
 */
class ImageJ2HeadlessIT extends ImageJ2Checks {
    @Override
    boolean display() {
        return false;
    }
}
