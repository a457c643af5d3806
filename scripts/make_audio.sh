#!/usr/bin/env bash
# Regenerates the synthetic audio shipped in samples/ and tests/data/ (a developer tool, not part
# of set-up: the clips are committed). Needs Debian's espeak-ng, sox and ffmpeg:
#   apt-get install -y espeak-ng sox ffmpeg
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The sample dictation: espeak-ng's Lancaster-accented British voice, a little slow, as phones record (AAC in m4a).
espeak-ng -v en-gb-x-gbclan -s 138 -f samples/visit-dictation.txt -w "$tmp/visit.wav"
ffmpeg -loglevel error -y -i "$tmp/visit.wav" -ac 1 -ar 16000 -c:a aac -b:a 32k samples/visit-dictation.m4a

# Test clips: one sentence in every container a phone or browser produces.
d=tests/data
espeak-ng -v en-gb -s 150 -w "$tmp/hello.wav" "$(cat $d/hello.txt)"
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 16000 $d/hello.wav
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 16000 -c:a aac -b:a 32k $d/hello.m4a
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 48000 -c:a libopus -b:a 24k $d/hello.webm
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 16000 -c:a libopus -b:a 24k $d/hello.ogg
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 16000 -c:a libmp3lame -b:a 32k $d/hello.mp3
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 16000 $d/hello.flac
ffmpeg -loglevel error -y -i "$tmp/hello.wav" -ac 1 -ar 16000 -c:a aac -b:a 24k -f 3gp $d/hello.3gp  # AAC in 3gp: Debian ffmpeg has no AMR encoder
# AMR-NB in 3gp, as older Android phones record, with PyAV's encoder.
.venv/bin/python scripts/encode_amr.py $d/hello.wav $d/hello_amr.3gp
# The child-voice clip: a short dictation with a child's words and a case name.
espeak-ng -v en-gb-x-rp -s 145 -w "$tmp/child.wav" "$(cat $d/child_voice.txt)"
ffmpeg -loglevel error -y -i "$tmp/child.wav" -ac 1 -ar 16000 -c:a aac -b:a 32k $d/child_voice.m4a
# A relative spoken of by kin word only ("her dad"), for a case whose prompt reads "nan Maureen Robson": biasing must
# not write the nan in (tests/transcribe/test_asr.py). espeak-ng's Scottish voice; Opus in Ogg by PyAV, as evaluation/asr.
espeak-ng -v en-gb-scotland -s 150 -w "$tmp/dad.wav" "$(cat $d/dad_more_often.txt)"
.venv/bin/python -c "import sys; from pathlib import Path; from evaluation.asr.codecs import OPUS_24K, encode; encode(Path(sys.argv[1]), Path(sys.argv[2]), OPUS_24K)" "$tmp/dad.wav" $d/dad_more_often.ogg
# Ten seconds of room noise and no speech.
ffmpeg -loglevel error -y -f lavfi -i "anoisesrc=color=pink:amplitude=0.003:duration=10" -ac 1 -ar 16000 $d/silence.wav
# Non-speech a dictation picks up, made with sox (Ogg Vorbis): a car's rumble, road noise, a TV's music and a
# voice muffled through a wall, a hiss. Each must give no text (tests/transcribe/test_asr.py).
sox -n -r 16000 -c 1 $d/noise_car.ogg synth 8 brownnoise vol 0.6 lowpass 300
sox -n -r 16000 -c 1 $d/noise_road.ogg synth 8 pinknoise vol 0.3 tremolo 0.3 60
sox -n -r 16000 -c 1 "$tmp/tv_music.wav" synth 8 sine 220 sine 277 sine 330 tremolo 4 40 lowpass 500 vol 0.3
espeak-ng -v en-us -s 170 -w "$tmp/tv_voice.wav" "And now the weather for the rest of the week. It will be cloudy with some rain in the north."
sox "$tmp/tv_voice.wav" -r 16000 -c 1 "$tmp/tv_wall.wav" lowpass 250 vol 0.08 pad 1 1
sox -m "$tmp/tv_wall.wav" "$tmp/tv_music.wav" $d/noise_tv.ogg trim 0 8
sox -n -r 16000 -c 1 $d/noise_hiss.ogg synth 8 whitenoise vol 0.05
# A WAV header with no samples, and an m4a cut off half-way through (a dropped upload).
ffmpeg -loglevel error -y -f lavfi -i "anullsrc=r=16000:cl=mono" -t 0 $d/empty.wav
head -c $(( $(stat -c %s $d/hello.m4a) / 2 )) $d/hello.m4a > $d/truncated.m4a
# Not audio at all.
printf '%%PDF-1.4\n%% a case note someone uploaded by mistake\n' > $d/not_audio.pdf
