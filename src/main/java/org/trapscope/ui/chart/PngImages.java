package org.trapscope.ui.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG without javafx.embed.swing (not a dependency): the pixels are
 * copied into an AWT image and ImageIO encodes it.
 */
public final class PngImages {
    private PngImages() {
    }

    public static void write(Image image, OutputStream out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("no PNG encoder in this Java runtime");
        }
    }
}
