package org.gliomaradiomics.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Siemens MOSAIC image cut into its slices as dcm2niix and nibabel do: NumberOfImagesInMosaic from the CSA image
 * header (0029,1010) or the private tag (0019,100A); tiles on a ceil(sqrt(n)) grid; Image Position (Patient) names
 * the corner of the whole mosaic, so it is moved by half the size difference of mosaic and tile; slices follow
 * each other along the CSA SliceNormalVector (else row x column) at Spacing Between Slices (else Slice Thickness).
 * The CSA header (Siemens' "SV10" layout) is read by hand: it is undocumented and no library covers it.
 */
final class DicomMosaic {
    private DicomMosaic() {}

    static List<DicomSlice> tiles(DicomDataset d) throws ImageFormatException {
        byte[] csa = bytes(d, 0x00291010);
        String count = csa == null ? null : csaValue(csa, "NumberOfImagesInMosaic", 0);
        int n;
        if (count != null) n = (int) Double.parseDouble(count);
        else {
            byte[] b = bytes(d, 0x0019100A);
            if (b == null || b.length < 2) throw new ImageFormatException(d.file, "Siemens MOSAIC without NumberOfImagesInMosaic (CSA header or (0019,100A)): the slices cannot be cut out");
            n = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
        }
        int columns = (int) d.number(0x00280011, 0), rows = (int) d.number(0x00280010, 0), grid = (int) Math.ceil(Math.sqrt(n));
        // nibabel refuses a grid that leaves a remainder and dcm2niix misplaces its tiles: refused here too
        if (n < 1 || columns % grid != 0 || rows % grid != 0)
            throw new ImageFormatException(d.file, "Siemens MOSAIC of " + n + " images does not divide its " + columns + " x " + rows + " pixels");
        int tc = columns / grid, tr = rows / grid;
        DicomSlice whole = DicomFrames.of(withoutMosaic(d)).get(0);
        double[] o = whole.orientation(), ps = whole.pixelSpacing(), p = whole.position();
        if (o == null || ps == null || p == null) throw new ImageFormatException(d.file, "Siemens MOSAIC without position, orientation or pixel spacing");
        double[] row = {o[0], o[1], o[2]}, col = {o[3], o[4], o[5]};
        double[] normal = DicomSeriesGeometry.cross(row, col);
        String csaNormal = csa == null ? null : csaValue(csa, "SliceNormalVector", 0);
        if (csaNormal != null)
            for (int i = 0; i < 3; i++) normal[i] = Double.parseDouble(csaValue(csa, "SliceNormalVector", i));
        double dx = ps[1] * (columns - tc) / 2.0, dy = ps[0] * (rows - tr) / 2.0;
        double step = d.number(0x00180088, Double.NaN);
        if (!(step > 0)) step = whole.sliceThickness();
        if (!(step > 0)) throw new ImageFormatException(d.file, "Siemens MOSAIC without Spacing Between Slices or Slice Thickness");
        List<DicomSlice> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] pos = new double[3];
            for (int i = 0; i < 3; i++) pos[i] = p[i] + row[i] * dx + col[i] * dy + normal[i] * step * k;
            out.add(new DicomSlice(d.file, tc, tr, pos, o, ps, whole.sliceThickness(), whole.seriesUid(), whole.instanceNumber() * 10000 + k,
                whole.rescaleSlope(), whole.rescaleIntercept(), 0, new int[] {k, grid}, whole.seriesNumber(), whole.seriesDescription(),
                "volume " + whole.instanceNumber()));
        }
        return out;
    }

    /** The same data set seen as a plain image (for its top-level fields). */
    private static DicomDataset withoutMosaic(DicomDataset d) {
        return d.withString(0x00080008, "ORIGINAL");
    }

    private static byte[] bytes(DicomDataset d, int tag) {
        DicomDataset.Element e = d.get(tag);
        if (e == null || e.items() != null) return null;
        byte[] b = new byte[e.length()];
        System.arraycopy(e.data(), e.offset(), b, 0, e.length());
        return b;
    }

    /** Item {@code index} of a named element of a CSA header ("SV10" or the older layout), or null. */
    static String csaValue(byte[] csa, String name, int index) {
        ByteBuffer b = ByteBuffer.wrap(csa).order(ByteOrder.LITTLE_ENDIAN);
        int pos = csa.length >= 4 && csa[0] == 'S' && csa[1] == 'V' && csa[2] == '1' && csa[3] == '0' ? 8 : 0;
        if (pos + 8 > csa.length) return null;
        int tags = b.getInt(pos);
        pos += 8;
        for (int t = 0; t < tags && pos + 84 <= csa.length; t++) {
            String tagName = new String(csa, pos, 64, StandardCharsets.ISO_8859_1);
            tagName = tagName.substring(0, Math.max(0, tagName.indexOf('\0') < 0 ? 64 : tagName.indexOf('\0')));
            int items = b.getInt(pos + 76);
            pos += 84;
            for (int i = 0; i < items && pos + 16 <= csa.length; i++) {
                int length = b.getInt(pos + 4);
                pos += 16;
                if (length < 0 || pos + length > csa.length) return null;
                if (tagName.equals(name) && i == index && length > 0)
                    return new String(csa, pos, length, StandardCharsets.ISO_8859_1).replace("\0", "").trim();
                pos += (length + 3) & ~3;
            }
        }
        return null;
    }
}
