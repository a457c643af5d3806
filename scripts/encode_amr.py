"""Encode a WAV as AMR-NB in a 3gp container (what older Android phones record), with PyAV's bundled
encoder (Debian's ffmpeg has none). Used by scripts/make_audio.sh.

    .venv/bin/python scripts/encode_amr.py IN.wav OUT.3gp
"""

import sys

import av


def main(src: str, dst: str) -> None:
    resampler = av.AudioResampler(format="s16", layout="mono", rate=8000)
    with av.open(src) as inp, av.open(dst, "w", format="3gp") as out:
        stream = out.add_stream("libopencore_amrnb", rate=8000, layout="mono")
        stream.bit_rate = 12200
        for frame in inp.decode(audio=0):
            for f in resampler.resample(frame):
                for packet in stream.encode(f):
                    out.mux(packet)
        for f in resampler.resample(None):
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
