package id.zi.survey.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The QR code of a link as a square of modules (true = dark), without a quiet zone: each document draws the
 * modules at its own size and leaves the white border itself. Error correction M keeps a poster readable
 * with a crease or a little dirt on it.
 */
public record QrCode(int size, boolean[][] modules) {

    /** The white border a reader needs around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    public static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int size = matrix.getWidth();
            boolean[][] modules = new boolean[size][size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return new QrCode(size, modules);
        } catch (WriterException e) {
            throw new IllegalArgumentException("a survey link cannot be put in a QR code: " + e.getMessage(), e);
        }
    }

    public boolean dark(int x, int y) {
        return modules[y][x];
    }
}
