package id.zi.survey.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The A4 poster a unit hangs at its counter: who asks, about which service, the QR code of the public link
 * and the link as text for those who type it. The PDF draws the code as vector squares, so it prints sharp
 * at any size; the PNG is the same poster at 150 dpi for screens and chat groups.
 *
 * @param instansi the government the unit belongs to (its parent in the directory), if known
 */
public record Poster(String unitName, @Nullable String instansi, String surveyTitle, String serviceName, String link) {

    private static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
    private static final String SCAN = "Pindai kode QR dengan kamera ponsel Anda";
    private static final String PRIVACY = "Tanpa login. Jawaban Anda anonim dan membantu kami memperbaiki pelayanan.";

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4;
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(surveyTitle + " - " + unitName);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        float width = page.getWidth();
        float center = width / 2;
        float y = page.getHeight() - 70;

        canvas.setColorFill(BLUE);
        canvas.rectangle(0, page.getHeight() - 24, width, 24);
        canvas.fill();
        canvas.setColorFill(Color.DARK_GRAY);
        if (instansi != null) {
            y = centered(canvas, regular, 13, instansi.toUpperCase(Locale.ROOT), center, y, width - 80);
        }
        canvas.setColorFill(Color.BLACK);
        y = centered(canvas, bold, 18, unitName.toUpperCase(Locale.ROOT), center, y - 4, width - 80);
        canvas.setColorFill(BLUE);
        y = centered(canvas, bold, 30, surveyTitle, center, y - 26, width - 60);
        canvas.setColorFill(Color.BLACK);
        y = centered(canvas, regular, 15, "Jenis layanan: " + serviceName, center, y - 10, width - 80);

        QrCode qr = QrCode.of(link);
        float side = 300;
        float module = side / qr.size();
        float quiet = QrCode.QUIET_ZONE * module;
        float left = center - side / 2;
        // the page is white: the quiet zone is the space kept free around the code
        float bottom = y - 12 - quiet - side;
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < qr.size(); row++) {
            for (int column = 0; column < qr.size(); column++) {
                if (qr.dark(column, row)) {
                    // PDF's y grows upwards, the code's rows downwards; a hair of overlap hides seams between squares
                    canvas.rectangle(left + column * module, bottom + side - (row + 1) * module, module + 0.05f, module + 0.05f);
                }
            }
        }
        canvas.fill();
        y = bottom - quiet - 26;
        y = centered(canvas, bold, 16, SCAN, center, y, width - 80);
        y = centered(canvas, regular, 12, "atau buka:", center, y - 6, width - 80);
        canvas.setColorFill(BLUE);
        y = centered(canvas, bold, 12, link, center, y - 2, width - 60);
        canvas.setColorFill(Color.DARK_GRAY);
        centered(canvas, regular, 11, PRIVACY, center, Math.min(y - 30, 70), width - 80);
        canvas.setColorFill(BLUE);
        canvas.rectangle(0, 0, width, 16);
        canvas.fill();
        document.close();
        return out.toByteArray();
    }

    public byte[] png() {
        int width = 1240;
        int height = 1754;
        float scale = width / PageSize.A4.getWidth();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(BLUE);
            g.fillRect(0, 0, width, Math.round(24 * scale));
            g.fillRect(0, height - Math.round(16 * scale), width, Math.round(16 * scale));
            int y = Math.round(80 * scale);
            if (instansi != null) {
                y = centered(g, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(13 * scale)), Color.DARK_GRAY, instansi.toUpperCase(Locale.ROOT), width, y);
            }
            y = centered(g, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(18 * scale)), Color.BLACK, unitName.toUpperCase(Locale.ROOT), width, y + 4);
            y = centered(g, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(30 * scale)), BLUE, surveyTitle, width, y + Math.round(20 * scale));
            y = centered(g, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(15 * scale)), Color.BLACK, "Jenis layanan: " + serviceName, width,
                    y + Math.round(8 * scale));
            QrCode qr = QrCode.of(link);
            int module = Math.max(1, Math.round(300 * scale / qr.size()));
            int side = module * qr.size();
            int left = (width - side) / 2;
            int top = y + Math.round(12 * scale) + QrCode.QUIET_ZONE * module;
            g.setColor(Color.BLACK);
            for (int row = 0; row < qr.size(); row++) {
                for (int column = 0; column < qr.size(); column++) {
                    if (qr.dark(column, row)) {
                        g.fillRect(left + column * module, top + row * module, module, module);
                    }
                }
            }
            y = top + side + QrCode.QUIET_ZONE * module + Math.round(10 * scale);
            y = centered(g, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(16 * scale)), Color.BLACK, SCAN, width, y);
            y = centered(g, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * scale)), Color.BLACK, "atau buka:", width, y + 6);
            y = centered(g, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(12 * scale)), BLUE, link, width, y + 2);
            centered(g, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * scale)), Color.DARK_GRAY, PRIVACY, width,
                    Math.max(y + Math.round(30 * scale), height - Math.round(80 * scale)));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code text} centred, wrapped to {@code maxWidth}; returns the baseline below the last line. */
    private static float centered(PdfContentByte canvas, BaseFont font, float size, String text, float center, float y, float maxWidth) {
        float baseline = y;
        for (String line : wrap(text, candidate -> font.getWidthPoint(candidate, size) <= maxWidth)) {
            baseline -= size * 1.25f;
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.showTextAligned(Element.ALIGN_CENTER, line, center, baseline, 0);
            canvas.endText();
        }
        return baseline;
    }

    private static int centered(Graphics2D g, Font font, Color color, String text, int width, int y) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics();
        int baseline = y;
        for (String line : wrap(text, candidate -> metrics.stringWidth(candidate) <= width - 120)) {
            baseline += metrics.getHeight();
            g.drawString(line, (width - metrics.stringWidth(line)) / 2, baseline);
        }
        return baseline;
    }

    static List<String> wrap(String text, java.util.function.Predicate<String> fits) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits.test(candidate) || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
