package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** W1 starting from the message that reached an inbox: drop the .eml, get the campaign. */
class CampaignFromMessageTest {
    @TempDir
    Path dir;

    @Test
    void theSavedMessagesSubjectFindsTheCampaignAndItsRelaysAreChecked() throws IOException {
        Path spamd = Files.writeString(dir.resolve("spamd"), String.join("\n",
                "Nov 22 04:04:30 skapet spamd[1]: 183.111.115.4: connected (1/1), lists: spamd-greytrap",
                "Nov 22 04:04:33 skapet spamd[1]: (BLACK) 183.111.115.4: <x@jw-hw.com> -> <adnan@bsdly.net>",
                "Nov 22 04:04:35 skapet spamd[1]: 183.111.115.4: Subject: You are in really big troubles therefore,"
                        + " you much better read this message",
                "Nov 22 04:05:35 skapet spamd[1]: 183.111.115.4: disconnected after 65 seconds.",
                "Nov 22 05:00:00 skapet spamd[1]: 183.111.115.44: connected (1/0)", ""));
        Path eml = Files.writeString(dir.resolve("scam.eml"), String.join("\r\n",
                "Received: from unknown (HELO user-pc) ([183.111.115.4]) by mx.example.org",
                "Received: from mail.example.net (mail.example.net [198.51.100.9]) by mx.example.org",
                "Subject: =?UTF-8?B?WW91IGFyZSBpbiByZWFsbHkgYmlnIHRyb3VibGVzIHRoZXJlZm9yZSwgeW91IG11Y2ggYmV0dGVyIHJlYWQgdGhpcyBtZXNzYWdl?=",
                "", "Hello!"));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("campaign", "--eml", eml.toString(), "--out", out.toString(), "--zone", "UTC", spamd.toString());
        assertEquals(0, cli.exit(), cli.err());
        String summary = Files.readString(out.resolve("summary.txt"));
        assertTrue(summary.contains("unique hosts                   1"), summary);
        assertTrue(summary.contains("relay of the saved message     183.111.115.4 (in the logs)"), summary);
        assertTrue(summary.contains("relay of the saved message     198.51.100.9\n"), summary);
        assertEquals(4, Files.readAllLines(out.resolve("extract.log")).size(), "not 183.111.115.44's line");
    }

    @Test
    void aPhraseOrAMessageIsNeeded() {
        assertEquals(2, Cli.run("campaign", "--out", dir.toString(), dir.toString()).exit());
    }
}
