package org.agendum.docx;

/**
 * A picture in the text, in line, as POI wrote the emblem: {@code <w:drawing><wp:inline>} with DrawingML's
 * picture inside, stretched to its size in EMU, its relationship naming the picture's part.
 */
final class InlinePicture {
    private InlinePicture() {
    }

    static void write(ContentWriter out, String relationshipId, EmblemImage image) {
        XmlWriter xml = out.xml();
        out.startRun();
        xml.start("w:drawing");
        xml.start("wp:inline").attribute("xmlns:wp", WordNamespaces.WP).attribute("distT", 0).attribute("distR", 0)
                .attribute("distB", 0).attribute("distL", 0);
        extent(xml, "wp:extent", image);
        xml.start("wp:docPr").attribute("id", 0).attribute("name", "Drawing 0").attribute("descr", image.fileName())
                .end();
        xml.start("a:graphic").attribute("xmlns:a", WordNamespaces.A)
                .start("a:graphicData").attribute("uri", WordNamespaces.PIC)
                .start("pic:pic").attribute("xmlns:pic", WordNamespaces.PIC);
        xml.start("pic:nvPicPr")
                .start("pic:cNvPr").attribute("id", 0).attribute("name", "Picture 0")
                .attribute("descr", image.fileName()).end()
                .start("pic:cNvPicPr").start("a:picLocks").attribute("noChangeAspect", "true").end().end()
                .end();
        xml.start("pic:blipFill").start("a:blip").attribute("r:embed", relationshipId).end()
                .start("a:stretch").empty("a:fillRect").end().end();
        xml.start("pic:spPr").start("a:xfrm").start("a:off").attribute("x", 0).attribute("y", 0).end();
        extent(xml, "a:ext", image);
        xml.end().start("a:prstGeom").attribute("prst", "rect").empty("a:avLst").end().end();
        xml.end().end().end(); // pic:pic, a:graphicData, a:graphic
        xml.end().end().end(); // wp:inline, w:drawing, w:r
    }

    private static void extent(XmlWriter xml, String element, EmblemImage image) {
        xml.start(element).attribute("cx", image.widthEmu()).attribute("cy", image.heightEmu()).end();
    }
}
