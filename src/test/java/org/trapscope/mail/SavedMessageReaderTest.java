package org.trapscope.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SavedMessageReaderTest {
    @TempDir
    Path dir;

    private static final String MESSAGE = String.join("\r\n",
            "Return-Path: <chenbin@jw-hw.com>",
            "Received: from mx.example.org (mx.example.org [203.0.113.25])",
            "\tby skapet.bsdly.net (OpenSMTPD) with ESMTPS id 1a2b3c4d",
            "\tfor <adnan@bsdly.net>; Tue, 22 Nov 2022 04:04:35 +0100 (CET)",
            "Received: from unknown (HELO user-pc) ([183.111.115.4])",
            "  by mx.example.org with ESMTP; Tue, 22 Nov 2022 03:04:00 +0000",
            "Received: from [IPv6:2001:db8::25] (port=4711) by relay.example.net",
            "From: Melissa <chenbin@jw-hw.com>",
            "To: adnan@bsdly.net",
            "Subject: =?UTF-8?B?WW91IGFyZSBpbiByZWFsbHkgYmlnIHRyb3VibGVz?=",
            " =?UTF-8?Q?_therefore=2C_you_much_better_read_this_message?=",
            "",
            "Received: from body.example ([198.51.100.1]) is body text, not a header",
            "Hello!");

    @Test
    void readsTheSubjectAndTheRelaysOfASavedMessage() throws IOException {
        Path eml = dir.resolve("scam.eml");
        Files.writeString(eml, MESSAGE, StandardCharsets.ISO_8859_1);
        SavedMessage message = SavedMessageReader.read(eml);
        assertEquals("You are in really big troubles therefore, you much better read this message", message.subject());
        assertEquals(List.of("203.0.113.25", "183.111.115.4", "2001:db8::25"), message.relayAddresses());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            =?iso-8859-1?Q?Betal_f=F8r_fredag?=                     | Betal før fredag
            =?UTF-8?B?WmFobHVuZ3NhdWZmb3JkZXJ1bmc=?= jetzt           | Zahlungsaufforderung jetzt
            plain subject                                            | plain subject
            =?no-such-charset?B?AAAA?=                               | =?no-such-charset?B?AAAA?=
            """)
    void decodesEncodedWords(String encoded, String decoded) {
        assertEquals(decoded, EncodedWords.decode(encoded));
    }
}
