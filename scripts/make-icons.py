"""Draws the LeadLens icon (a lens over a rising bar) at the manifest sizes into public/icon/.
Pure standard library, so it runs on any machine: python3 scripts/make-icons.py"""
import math, struct, zlib, pathlib

def png(size):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            # rounded square background
            r = 0.2
            dx, dy = max(abs(u - 0.5) - (0.5 - r), 0), max(abs(v - 0.5) - (0.5 - r), 0)
            inside = math.hypot(dx, dy) <= r
            color = (0, 0, 0, 0)
            if inside:
                color = (11, 92, 173, 255)
                d = math.hypot(u - 0.44, v - 0.42)
                if 0.2 <= d <= 0.29:  # lens ring
                    color = (255, 255, 255, 255)
                # handle
                t = ((u - 0.64) + (v - 0.62)) / 2
                px, py = 0.64 + t, 0.62 + t
                if 0 <= t <= 0.16 and math.hypot(u - px, v - py) <= 0.055:
                    color = (255, 255, 255, 255)
                # score bar inside the lens
                if d < 0.2 and 0.36 <= u <= 0.52 and v >= 0.5 - (u - 0.36) * 1.2 and v <= 0.52:
                    color = (255, 200, 61, 255)
            row += bytes(color)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

out = pathlib.Path(__file__).resolve().parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (out / f'{size}.png').write_bytes(png(size))
