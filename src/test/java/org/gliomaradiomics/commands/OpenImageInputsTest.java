package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.gui.OvalRoi;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.plugin.HyperStackConverter;
import java.util.Map;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands on what is open in ImageJ (batch mode, as in a headless macro): an image by title, one channel of an Open
 * Case hyperstack by sequence name, a label image by title, and a selection that counts on its own slice only unless
 * the user asks for every slice. Reference values: brain1 label 1 has 4137 voxels of mean 825.2354363065023 (an
 * independent Python count, as in JarIT).
 */
class OpenImageInputsTest {
    static final int BRAIN1_VOXELS = 4137;
    static final double BRAIN1_MEAN = 825.2354363065023;

    private ImagePlus image, labels;

    @BeforeEach
    void open() throws Exception {
        Interpreter.batchMode = true; // images "shown" in batch mode are found by title, as in a headless macro
        image = ImagePlusViews.toImagePlus(ImageIO.read(TestPaths.testImages().resolve("brain1/brain1_image.nrrd")), "brain1");
        labels = ImagePlusViews.toImagePlus(ImageIO.read(TestPaths.testImages().resolve("brain1/brain1_label.nrrd")), "brain1 labels");
        image.show();
        labels.show();
    }

    @AfterEach
    void close() {
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            ImagePlus imp = WindowManager.getImage(id);
            if (imp != null) Interpreter.removeBatchModeImage(imp);
        }
        Interpreter.batchMode = false;
    }

    static ResultsTable labelStats(String image, String mask) throws Exception {
        RadiomicsCommand c = CommandCatalog.byName("label-stats").orElseThrow().configure(Map.of("image", image, "mask", mask));
        c.runOrThrow(CommandContext.imageJ(Progress.NONE));
        return c.resultsTable();
    }

    @Test
    void openImageAndLabelImageByTitle() throws Exception {
        ResultsTable rt = labelStats("brain1", "brain1 labels");
        assertEquals(BRAIN1_VOXELS, rt.getValue("voxel_count", 0));
        assertEquals(BRAIN1_MEAN, rt.getValue("mean", 0), 1e-9);
    }

    private ImagePlus twoChannelCase() {
        ImageStack stack = new ImageStack(image.getWidth(), image.getHeight());
        for (String seq : new String[] {"t1", "t1ce"})
            for (int z = 1; z <= image.getStackSize(); z++) {
                ij.process.ImageProcessor ip = image.getStack().getProcessor(z).convertToFloat();
                if (seq.equals("t1ce")) ip.multiply(2);
                stack.addSlice(seq + " z" + z, ip);
            }
        ImagePlus hyper = HyperStackConverter.toHyperStack(new ImagePlus("case01", stack), 2, image.getStackSize(), 1, "xyzct", "Grayscale");
        hyper.setCalibration(image.getCalibration());
        hyper.show();
        return hyper;
    }

    @Test
    void hyperstackChannelBySequenceName() throws Exception {
        twoChannelCase();
        ResultsTable rt = labelStats("case01::t1ce", "brain1 labels");
        assertEquals(BRAIN1_VOXELS, rt.getValue("voxel_count", 0));
        assertEquals(2 * BRAIN1_MEAN, rt.getValue("mean", 0), 1e-9);
        assertEquals(BRAIN1_MEAN, labelStats("case01::1", "brain1 labels").getValue("mean", 0), 1e-9);
        CommandException e = assertThrows(CommandException.class, () -> labelStats("case01", "brain1 labels"));
        assertTrue(e.getMessage().contains("t1, t1ce") && e.getMessage().contains("case01::t1"), e.getMessage());
    }

    @Test
    void selectionCountsOnItsOwnSliceUnlessAskedForEverySlice() throws Exception {
        image.setSlice(14);
        OvalRoi oval = new OvalRoi(100, 90, 41, 29);
        image.setRoi(oval);
        WindowManager.setTempCurrentImage(image);
        int inOval = oval.getContainedPoints().length;
        ResultsTable one = labelStats("brain1", MaskInput.SELECTION);
        assertEquals(inOval, one.getValue("voxel_count", 0));
        // all voxels on slice 14 (index 13): the centroid's z is that slice's
        double z0 = -image.getCalibration().zOrigin * image.getCalibration().pixelDepth;
        assertEquals(z0 + 13 * image.getCalibration().pixelDepth, one.getValue("centroid_z_mm", 0), 1e-9);
        ResultsTable all = labelStats("brain1", MaskInput.SELECTION_ALL_SLICES);
        assertEquals((double) inOval * image.getStackSize(), all.getValue("voxel_count", 0));
    }

    /** The "duplicated channel plus an oval" failure: the channel must not be cropped to the selection. */
    @Test
    void selectionOnAHyperstackChannel() throws Exception {
        ImagePlus hyper = twoChannelCase();
        hyper.setPosition(2, 14, 1);
        OvalRoi oval = new OvalRoi(100, 90, 41, 29);
        hyper.setRoi(oval);
        WindowManager.setTempCurrentImage(hyper);
        ResultsTable rt = labelStats("case01::t1ce", MaskInput.SELECTION);
        assertEquals(oval.getContainedPoints().length, rt.getValue("voxel_count", 0));
        double z0 = -hyper.getCalibration().zOrigin * hyper.getCalibration().pixelDepth;
        assertEquals(z0 + 13 * hyper.getCalibration().pixelDepth, rt.getValue("centroid_z_mm", 0), 1e-9);
    }

    @Test
    void unknownTitleThatIsNoFileIsAClearError() {
        CommandException e = assertThrows(CommandException.class, () -> labelStats("no such window", "brain1 labels"));
        assertTrue(e.getMessage().contains("'no such window'") && e.getMessage().contains("no open image"), e.getMessage());
    }

    @Test
    void labelImageOnAnotherGridIsRefused() throws Exception {
        Volume small = Volume.zeros(org.gliomaradiomics.image.Geometry.of(4, 4, 4, 1, 1, 1), org.gliomaradiomics.image.DataType.UINT8);
        ImagePlusViews.toImagePlus(small, "small labels").show();
        CommandException e = assertThrows(CommandException.class, () -> labelStats("brain1", "small labels"));
        assertTrue(e.getMessage().contains("small labels"), e.getMessage());
    }
}
