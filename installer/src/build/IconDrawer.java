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
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a blue shield with a white phone handset, 256 x 256 with transparency.
 * Run with {@code java installer/src/build/IconDrawer.java installer/src/main/icons/contact-shield.png}.
 */
public final class IconDrawer {

    private static final int SIZE = 256;

    private IconDrawer() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "contact-shield.png");
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

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
        ImageIO.write(image, "png", out.toFile());
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
