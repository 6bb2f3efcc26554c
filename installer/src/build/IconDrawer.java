import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the application icon, a blue shield with a white phone handset, from vector shapes at every size the
 * platforms want: contact-shield.png (256 x 256, Linux), contact-shield.ico (16 to 256, Windows) and
 * contact-shield.icns (16 to 512, macOS); the last two hold PNG images, which both formats allow.
 * Run with {@code java installer/src/build/IconDrawer.java installer/src/main/icons}.
 */
public final class IconDrawer {

    private static final int DESIGN = 256;
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final String[][] ICNS_TYPES = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"},
        {"ic08", "256"}, {"ic09", "512"}};

    private IconDrawer() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        ImageIO.write(render(DESIGN), "png", dir.resolve("contact-shield.png").toFile());
        Files.write(dir.resolve("contact-shield.ico"), ico());
        Files.write(dir.resolve("contact-shield.icns"), icns());
    }

    private static byte[] ico() throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(render(ICO_SIZES[i]));
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * images.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
        int offset = header.capacity();
        for (int i = 0; i < images.length; i++) {
            int size = ICO_SIZES[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    private static byte[] icns() throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (String[] type : ICNS_TYPES) {
            byte[] image = png(render(Integer.parseInt(type[1])));
            entries.write(type[0].getBytes(StandardCharsets.US_ASCII));
            entries.write(ByteBuffer.allocate(4).putInt(8 + image.length).array());
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + entries.size()).array());
        entries.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / (double) DESIGN, size / (double) DESIGN);

        GeneralPath shield = shield();
        g.setPaint(new GradientPaint(0, 16, new Color(0x2F80ED), 0, 244, new Color(0x1B4F9C)));
        g.fill(shield);
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x143C78));
        g.draw(shield);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 90));
        g.draw(AffineTransform.getTranslateInstance(128, 132).createTransformedShape(
                AffineTransform.getScaleInstance(0.86, 0.86).createTransformedShape(
                        AffineTransform.getTranslateInstance(-128, -132).createTransformedShape(shield))));

        g.setColor(Color.WHITE);
        g.fill(handset());
        g.dispose();
        return image;
    }

    private static GeneralPath shield() {
        GeneralPath p = new GeneralPath();
        p.moveTo(128, 14);
        p.curveTo(160, 34, 194, 42, 226, 42);
        p.curveTo(228, 128, 204, 196, 128, 242);
        p.curveTo(52, 196, 28, 128, 30, 42);
        p.curveTo(62, 42, 96, 34, 128, 14);
        p.closePath();
        return p;
    }

    private static Area handset() {
        // Drawn upright with the pads pointing right, then turned so that the ear piece sits top left.
        GeneralPath handle = new GeneralPath();
        handle.moveTo(4, -52);
        handle.quadTo(-30, 0, 4, 52);
        Area a = new Area(new BasicStroke(30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(handle));
        a.add(pad(-62, 14));
        a.add(pad(62, -14));
        AffineTransform t = new AffineTransform();
        t.translate(124, 126);
        t.rotate(Math.toRadians(-45));
        return a.createTransformedArea(t);
    }

    private static Area pad(double centreY, double tiltDegrees) {
        Area pad = new Area(new RoundRectangle2D.Double(-10, -17, 54, 34, 30, 30));
        AffineTransform t = new AffineTransform();
        t.translate(0, centreY);
        t.rotate(Math.toRadians(tiltDegrees));
        return pad.createTransformedArea(t);
    }
}
