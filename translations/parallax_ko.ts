<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a corpus folder to begin.</source>
        <translation>시작하려면 코퍼스 폴더를 여십시오.</translation>
    </message>
</context>
</TS>
