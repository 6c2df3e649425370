#!/usr/bin/env python3
"""Builds Trapscope's bundled IP snapshot: IP range -> country and IP range -> AS number/organisation.

Rebuild from the newest published data (needs npm and Python 3, run from the repository root):

    python3 src/tools/ipdata/build_snapshot.py

or from package tarballs already fetched with
`npm pack @ip-location-db/geo-whois-asn-country @ip-location-db/asn`:

    python3 src/tools/ipdata/build_snapshot.py --packages DIR

Sources (both CC BY 4.0, see the attribution file written beside the resource):
  @ip-location-db/geo-whois-asn-country  GeoFeed > RIR whois > ASN country, by NRO and others
  @ip-location-db/asn                    RouteViews + RIR + DB-IP ASN Lite

Output, both under src/main/resources/org/trapscope/enrich/:
  bundled-ip-data.bin.gz        read by org.trapscope.enrich.BundledSnapshot
  bundled-ip-data-ATTRIBUTION.txt

Binary layout inside the gzip stream (big-endian, columns rather than rows so gzip finds the
repetition; IPv4 starts are delta-coded and ends stored as sizes for the same reason):
  bytes  "TSIP", int32 format version (1)
  utf    data date (YYYY-MM-DD), utf source description        (utf = uint16 length + UTF-8)
  uint16 country count, then 2 ASCII bytes per country           (index 0 is never used: "none")
  int32  org count, utf per org name
  int32  ASN count, int32 ASN[], int32 org index[] (-1 = none)
  IPv4 table: int32 n, int32 start delta[], int32 size-1[], value[]
  IPv6 table: int32 n, int64 startHi[], startLo[], endHi[], endLo[], value[]
  tables in order: country IPv4 (uint8 values), country IPv6 (uint8), ASN IPv4 (int32 ASN index),
  ASN IPv6 (int32)
The published CSVs contain a few overlapping rows; they are flattened so that inside an overlap
the range that starts later (the more specific one) wins, and every table is sorted and disjoint.
"""
import argparse
import csv
import gzip
import io
import re
import struct
import subprocess
import tarfile
import tempfile
from pathlib import Path

COUNTRY_PACKAGE = "@ip-location-db/geo-whois-asn-country"
ASN_PACKAGE = "@ip-location-db/asn"
OUT_DIR = Path("src/main/resources/org/trapscope/enrich")
FORMAT_VERSION = 1
V4_MAPPED = 0xFFFF  # ::ffff:0:0/96 holds IPv4-mapped addresses
MASK64 = (1 << 64) - 1


def fetch_packages(target: Path) -> None:
    subprocess.run(["npm", "pack", COUNTRY_PACKAGE, ASN_PACKAGE], cwd=target, check=True)


def find_tarball(folder: Path, stem: str) -> Path:
    matches = sorted(folder.glob(f"{stem}-*.tgz"))
    if not matches:
        raise SystemExit(f"no {stem}-*.tgz in {folder}")
    return matches[-1]


def read_member(tarball: Path, name: str) -> list:
    with tarfile.open(tarball) as tar:
        data = tar.extractfile(f"package/{name}").read().decode("utf-8")
    return list(csv.reader(io.StringIO(data)))


def data_date(tarball: Path) -> str:
    # Versions look like 2.3.2026061719: major.minor.YYYYMMDDHH of the build.
    found = re.search(r"-\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d*\.tgz$", tarball.name)
    if not found:
        raise SystemExit(f"cannot read a build date from {tarball.name}")
    return "-".join(found.groups())


def flatten(rows):
    """rows: (start, end, value). Returns sorted disjoint rows, later-starting rows winning overlaps."""
    rows = sorted(rows, key=lambda r: (r[0], -r[1]))
    out = []

    def emit(start, end, value):
        if start > end:
            return
        if out and out[-1][1] + 1 == start and out[-1][2] == value:
            out[-1][1] = end
        else:
            out.append([start, end, value])

    stack = []
    pos = 0
    for start, end, value in rows:
        while stack and stack[-1][1] < start:
            top = stack.pop()
            emit(pos, top[1], top[2])
            pos = max(pos, top[1] + 1)
        if stack:
            emit(pos, start - 1, stack[-1][2])
        stack.append((start, end, value))
        pos = start
    while stack:
        top = stack.pop()
        emit(pos, top[1], top[2])
        pos = max(pos, top[1] + 1)
    return out


def utf(text: str) -> bytes:
    raw = text.encode("utf-8")
    return struct.pack(">H", len(raw)) + raw


def v4_table(rows, value_format) -> bytes:
    out = [struct.pack(">i", len(rows))]
    previous = 0
    starts, sizes = [], []
    for start, end, _ in rows:
        starts.append(start - previous)
        sizes.append(end - start)
        previous = start
    out.append(struct.pack(f">{len(rows)}I", *starts))
    out.append(struct.pack(f">{len(rows)}I", *sizes))
    out.append(struct.pack(f">{len(rows)}{value_format}", *[r[2] for r in rows]))
    return b"".join(out)


def v6_table(rows, value_format) -> bytes:
    n = len(rows)
    out = [struct.pack(">i", n)]
    out.append(struct.pack(f">{n}Q", *[r[0] >> 64 for r in rows]))
    out.append(struct.pack(f">{n}Q", *[r[0] & MASK64 for r in rows]))
    out.append(struct.pack(f">{n}Q", *[r[1] >> 64 for r in rows]))
    out.append(struct.pack(f">{n}Q", *[r[1] & MASK64 for r in rows]))
    out.append(struct.pack(f">{n}{value_format}", *[r[2] for r in rows]))
    return b"".join(out)


def without_v4_mapped(rows):
    """IPv4 lives in its own table; an IPv6 row inside ::ffff:0:0/96 would shadow it."""
    low, high = V4_MAPPED << 32, (V4_MAPPED << 32) | 0xFFFF_FFFF
    return [r for r in rows if r[1] < low or r[0] > high]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=Path, help="folder holding the two npm tarballs")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        folder = args.packages
        if folder is None:
            folder = Path(temp)
            fetch_packages(folder)
        country_tgz = find_tarball(folder, "ip-location-db-geo-whois-asn-country")
        asn_tgz = find_tarball(folder, "ip-location-db-asn")
        country_rows = {v: read_member(country_tgz, f"geo-whois-asn-country-{v}-num.csv") for v in ("ipv4", "ipv6")}
        asn_rows = {v: read_member(asn_tgz, f"asn-{v}-num.csv") for v in ("ipv4", "ipv6")}
    date = min(data_date(country_tgz), data_date(asn_tgz))

    countries = sorted({r[2] for rows in country_rows.values() for r in rows})
    if len(countries) > 255 or any(not re.fullmatch(r"[A-Z0-9]{2}", c) for c in countries):
        raise SystemExit("country codes do not fit one byte of two ASCII letters")
    country_index = {c: i + 1 for i, c in enumerate(countries)}

    org_of_asn = {}
    for rows in asn_rows.values():
        for r in rows:
            org_of_asn.setdefault(int(r[2]), r[3].strip())
    asns = sorted(org_of_asn)
    orgs = sorted({o for o in org_of_asn.values() if o})
    org_index = {o: i for i, o in enumerate(orgs)}
    asn_index = {a: i for i, a in enumerate(asns)}

    def ranges(rows, value):
        return flatten([(int(r[0]), int(r[1]), value(r)) for r in rows])

    cc4 = ranges(country_rows["ipv4"], lambda r: country_index[r[2]])
    cc6 = without_v4_mapped(ranges(country_rows["ipv6"], lambda r: country_index[r[2]]))
    as4 = ranges(asn_rows["ipv4"], lambda r: asn_index[int(r[2])])
    as6 = without_v4_mapped(ranges(asn_rows["ipv6"], lambda r: asn_index[int(r[2])]))

    description = (f"{COUNTRY_PACKAGE} {country_tgz.stem.rsplit('-', 1)[1]} and "
                   f"{ASN_PACKAGE} {asn_tgz.stem.rsplit('-', 1)[1]} (CC BY 4.0)")
    body = [b"TSIP", struct.pack(">i", FORMAT_VERSION), utf(date), utf(description),
            struct.pack(">H", len(countries) + 1), b"--", b"".join(c.encode("ascii") for c in countries),
            struct.pack(">i", len(orgs)), b"".join(utf(o) for o in orgs),
            struct.pack(">i", len(asns)), struct.pack(f">{len(asns)}I", *asns),
            struct.pack(f">{len(asns)}i", *[org_index.get(org_of_asn[a], -1) for a in asns]),
            v4_table(cc4, "B"), v6_table(cc6, "B"), v4_table(as4, "i"), v6_table(as6, "i")]
    args.out.mkdir(parents=True, exist_ok=True)
    resource = args.out / "bundled-ip-data.bin.gz"
    with gzip.GzipFile(resource, "wb", compresslevel=9, mtime=0) as out:
        out.write(b"".join(body))
    (args.out / "bundled-ip-data-ATTRIBUTION.txt").write_text(attribution(date, description), encoding="utf-8")
    print(f"{resource}: {resource.stat().st_size} bytes, data of {date}; "
          f"country ranges {len(cc4)} IPv4 + {len(cc6)} IPv6, AS ranges {len(as4)} IPv4 + {len(as6)} IPv6, "
          f"{len(asns)} AS numbers, {len(orgs)} AS organisations")


def attribution(date: str, description: str) -> str:
    return f"""Trapscope bundled IP data, snapshot of {date}
Built from {description}
by src/tools/ipdata/build_snapshot.py; converted to a range table, data otherwise unchanged
except that overlapping rows were resolved in favour of the more specific range.

IP to country: ip-location-db "geo-whois-asn-country" by sapics (https://github.com/sapics/ip-location-db),
merging GeoFeed data, RIR whois data and RIR ASN data. The RIR statistics data provided by
the NRO is licensed under a Creative Commons Attribution 4.0 International License
(https://creativecommons.org/licenses/by/4.0/). Copyright holder: Number Resource Organization
(NRO), https://www.nro.net/

IP to AS number and AS organisation: ip-location-db "asn" by sapics, merging:
- the IP to AS Number database created by Route Views (https://www.routeviews.org/routeviews/),
  licensed under CC BY 4.0;
- RIR data provided by the NRO (https://www.nro.net/), licensed under CC BY 4.0;
- IP to ASN Lite by DB-IP (https://db-ip.com/), licensed under CC BY 4.0: IP Geolocation by DB-IP.

This data is offered as is. It shows registration and routing as seen on {date}; IP space changes
hands, so check an important answer against the registries' own records.
"""


if __name__ == "__main__":
    main()
