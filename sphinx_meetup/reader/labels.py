"""The words that mark a speaker, a time, a venue, a replay… in an event body.

Organisers write in Chinese and English (and more); the reader decides by these words
and by structure, never by file name. Sites extend them with ``meetup_labels``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from .patterns import alternation

DEFAULT_LABELS: dict[str, tuple[str, ...]] = {
    "speaker": (
        "主讲人", "主讲嘉宾", "主讲", "课程讲师", "授课讲师", "授课老师", "分享嘉宾", "分享人",
        "分享者", "演讲嘉宾", "演讲者",
        # the guest of one salon / issue (沙龙嘉宾, 本期嘉宾): the event's speaker
        "沙龙嘉宾", "本期嘉宾", "特邀嘉宾", "活动嘉宾",
        "演讲人", "报告人", "讲师", "讲者", "嘉宾", "speakers", "speaker", "speaker(s)",
        "presenters", "presenter", "presented by", "talk by", "guest speaker", "panelists",
        "panelist", "panel", "by", "orateur", "orateurs", "intervenant", "intervenants",
        "intervenante", "conférencier", "conférenciers", "présenté par", "présentée par",
        "présentés par", "présentées par", "animé par", "animée par", "referent",
        "referentin", "sprecher",
        "spreker", "sprekers", "ponente", "ponentes",
        # Polish: the speaker(s) of a talk (prelekcja)
        "prelegent", "prelegentka", "prelegenci", "prelegentki", "prezentujący",
        "prezentująca", "prezentujące",
        # 讲师 in English; who leads a workshop
        "lecturer", "lecturers", "instructor", "instructors", "trainer", "trainers",
        # Portuguese: the speaker(s) of a talk (palestra), the presenter(s)
        "palestrante", "palestrantes", "apresentador", "apresentadora", "apresentadores",
        "apresentado por", "apresentada por",
        # Russian, Ukrainian, Czech, Swedish, Turkish, Indonesian, Vietnamese, Korean: the
        # speaker(s)
        "докладчик", "докладчики", "спикер", "спикеры", "доповідач", "доповідачі",
        "спікер", "спікери", "přednášející", "talare", "konuşmacı", "konuşmacılar",
        "pembicara", "diễn giả", "발표자", "연사", "강연자",
        # Japanese (a family and a given name after them, ``山田 太郎``, is one person)
        "登壇者", "発表者", "發表者", "講師", "講演者", "スピーカー",
        # Czech, Polish, Norwegian and Danish, Estonian, Latvian, Icelandic, Indonesian,
        # Filipino, Vietnamese, and the lecturer of several: more words for the speaker
        "řečník", "řečníci", "mówca", "mówcy", "taler", "talere", "esitleja", "esinejad",
        "runātājs", "runātāji", "fyrirlesari", "narasumber", "tagapagsalita",
        "người trình bày", "lektor", "lektorka", "lektoři",
        # Italian, Slovenian, Swedish, Norwegian and Danish, German, Spanish, French,
        # Finnish: more words for the speaker(s)
        "relatore", "relatrice", "relatori",
        "predavatelj", "predavateljica", "predavatelji", "föreläsare", "foredragsholder",
        "foredragsholdere", "oplægsholder", "vortragende", "vortragender", "referenten",
        "sprecherin", "conferencista", "conferencistas", "expositor", "expositora",
        "expositores", "orador", "oradora", "oradores", "oratrice", "puhuja", "puhujat",
        # Slovak, Hungarian, Romanian, Greek, Bulgarian, Croatian and Serbian,
        # Lithuanian, Persian, Arabic, Hebrew: the speaker(s)
        "prednášajúci", "rečník", "előadó", "előadók", "vorbitor", "vorbitori",
        "ομιλητής", "ομιλήτρια", "ομιλητές", "лектор", "лектори", "predavač", "predavači",
        "predavačica", "govornik", "pranešėjas", "pranešėja", "سخنران", "سخنرانان",
        "ارائه‌دهنده", "ارائه دهنده", "المتحدث", "المتحدثون", "المحاضر", "מרצה", "מרצים",
        "דובר", "דוברת",
    ),
    "host": (
        "主持人", "主持", "moderator", "moderators", "moderated by", "host", "hosts",
        "hosted by", "mc", "animateur", "animatrice",
    ),
    #: a line naming the talk: 主题：…, Topic: …
    "topic": (
        "演讲主题", "分享主题", "演讲题目", "分享题目", "议题题目", "课程主题", "课程题目",
        "课程名称",
        "议题名称", "话题名称", "题目名称",
        "议题", "题目", "标题", "主题", "话题", "topic",
        "title", "talk title", "talk", "sujet", "titre", "thema", "onderwerp", "vortrag",
        "vortragstitel", "temat", "tytuł", "temat dnia",
        # Spanish, Portuguese, Italian, German, Scandinavian, Russian, Korean, Japanese
        "tema", "título", "titulo", "charla", "plática", "platica", "palestra", "titolo",
        "titel", "ämne", "tittel", "тема", "название", "제목", "주제", "タイトル", "テーマ",
        "演題",
        # Czech, Slovak, Hungarian, Romanian, Greek, Ukrainian, Bulgarian, Croatian,
        # Finnish, Lithuanian, Turkish, Indonesian, Vietnamese, Persian, Arabic, Hebrew
        "téma", "název", "názov", "cím", "előadás címe", "subiect", "temă", "titlu",
        "θέμα", "τίτλος", "назва", "заглавие", "naslov", "aihe", "otsikko", "pavadinimas",
        "konu", "başlık", "topik", "judul", "chủ đề", "tiêu đề", "موضوع", "عنوان",
        "الموضوع", "العنوان", "נושא", "כותרת",
    ),
    #: the theme of the whole event (for a one-talk webinar, the talk)
    "theme": (
        "活动主题", "直播主题", "本期主题", "会议主题", "沙龙主题", "event theme", "theme",
    ),
    "affiliation": (
        "公司", "单位", "机构", "company", "organisation", "organization", "employer",
        "affiliation", "société",
    ),
    "time": (
        "活动时间", "活动日期", "举办时间", "课程时间", "直播时间", "分享时间", "会议时间",
        "会议日期", "时间",
        "日期", "time", "date",
        "when", "heure",
        # the event's own: ``Event Date:``, ``Event Timings:``
        "event date", "event dates", "event time", "event timings", "timings", "event day",
        "meetup date", "meeting date",
        "datum", "tijd", "fecha",
        "日時", "開催日時", "開催日",
        # Korean, Russian, Ukrainian, Polish, Czech, Scandinavian, Turkish, Indonesian,
        # Vietnamese
        "일시", "날짜", "일자", "дата и время", "дата", "время", "когда", "коли", "kiedy",
        "termin", "kdy", "čas", "när", "når", "dato", "tid", "tarih", "saat", "zaman",
        "tanggal", "waktu", "thời gian",
        # Spanish, Portuguese, Italian, French, German, Dutch: when
        "hora", "horario", "horário", "cuándo", "quando", "data", "ora", "quand", "wann",
        "zeit", "uhrzeit", "wanneer",
        # Slovak, Hungarian, Romanian, Greek, Bulgarian, Croatian, Finnish, Lithuanian,
        # Persian, Arabic, Hebrew
        "kedy", "dátum", "időpont", "mikor", "când", "ημερομηνία", "ώρα", "πότε", "кога",
        "kada", "vrijeme", "milloin", "aika", "päivämäärä", "kada", "laikas", "زمان",
        "تاریخ", "التاريخ", "الوقت", "الموعد", "מתי", "תאריך", "שעה",
    ),
    "venue": (
        "活动地点", "活动地址", "活动场地", "地点", "地址", "会场", "场地", "venue", "location",
        "event venue", "event location", "event place", "event address", "meetup venue",
        "where", "address", "place", "lieu", "adresse", "locatie", "ort",
        "会場", "場所", "開催場所",
        "장소", "место проведения", "место", "адрес", "місце", "адреса", "miejsce",
        "adres", "místo", "adresa", "plats", "sted", "mekan", "tempat", "lokasi", "alamat",
        "địa điểm", "địa chỉ",
        # Spanish, Portuguese, Italian, French, German, Dutch, Polish, Scandinavian,
        # Slovenian: where
        "lugar", "sede", "dónde", "dirección", "local", "onde", "endereço", "luogo", "dove",
        "indirizzo", "où", "wo", "waar", "gdzie", "hvor", "kje", "lokacija",
        # Slovak, Hungarian, Romanian, Greek, Bulgarian, Croatian, Finnish, Lithuanian,
        # Turkish, Persian, Arabic, Hebrew
        "miesto", "helyszín", "locație", "locul", "τοποθεσία", "χώρος", "място", "къде",
        "mjesto", "gdje", "paikka", "vieta", "yer", "مکان", "محل", "المكان", "الموقع",
        "מיקום", "מקום",
    ),
    #: what it costs to come: ``费用：免费``, a ``| 参加費 | 無料 |`` row
    "fee": (
        "活动费用", "会议费用", "费用", "参加费", "参加費", "fee", "fees", "price", "cost",
        "admission", "prix", "tarif", "eintritt", "kosten", "precio", "preço",
    ),
    "replay": (
        "视频回放", "直播回放", "回放地址", "回放", "视频回看", "回看", "视频地址", "视频链接",
        "直播地址", "直播", "录像", "视频", "replay", "recording", "recordings", "video",
        "videos", "livestream", "live stream", "watch", "vidéo", "opname", "opnames",
        # Portuguese, Spanish, Italian, German: "watch", the recording(s)
        "assista", "assistir", "gravação", "gravações", "grabación", "grabaciones",
        "registrazione", "registrazioni", "aufzeichnung", "aufzeichnungen", "mitschnitt",
        # Portuguese and Spanish, Polish, Russian, Ukrainian, Czech, Swedish, Japanese,
        # Korean: video, the recording (not Russian ``запись``: it is also a sign-up)
        "vídeo", "vídeos", "wideo", "nagranie", "nagrania", "видео", "видеозапись",
        "відео", "záznam",
        "inspelning", "動画", "録画", "アーカイブ動画", "영상", "녹화", "다시보기",
        # "watch again" in French, Italian, Portuguese, Spanish, German; the French words
        # for a recording
        "revoir", "rivedere", "rever", "volver a ver", "nachschauen", "nachsehen",
        "rediffusion", "enregistrement", "enregistrements",
    ),
    #: words that make a replay-looking link something else: the live room, a sign-up,
    #: a written recap, a photo gallery, a placeholder ("to be updated after the live")
    "not_replay": (
        "直播间", "直播预约", "预约", "报名", "回顾文章", "文章", "待直播后更新", "待更新", "后续",
        "敬请期待", "live room", "sign up", "sign-up", "signup", "register", "registration",
        "rsvp", "tickets", "ticket", "recap", "blog post", "write-up", "article",
        "coming soon", "to be updated", "tbd", "tba",
        # photos, even "live" ones (图片直播): a gallery is no recording
        "图片直播", "照片直播", "图片", "照片", "相册", "photos", "photo album", "gallery",
    ),
    "slides": (
        "幻灯片下载", "幻灯片", "幻灯", "讲稿", "讲义", "课件", "资料下载", "PPT", "PDF", "slides",
        "slide deck", "deck", "slideshare", "speaker deck", "speakerdeck", "diapositives",
        "présentation",
        # Japanese: the slides, the presentation material
        "スライド", "発表資料", "資料",
        # Polish, Russian, Ukrainian, Czech, Spanish, Portuguese, Italian, German, Korean
        "prezentacja", "slajdy", "слайды", "презентация", "слайди", "презентація",
        "prezentace", "diapositivas", "presentación", "apresentação", "slide",
        "presentazione", "folien", "발표자료", "슬라이드",
    ),
    "talks_section": (
        "讲师与演讲话题", "演讲话题", "讲师分享", "议题介绍", "分享议题", "活动议题", "议题",
        "话题", "分享主题", "演讲主题", "活动详情", "活动议程", "议程安排", "会议议程", "议程",
        "活动流程", "活动安排", "日程安排", "日程", "流程", "talks", "agenda", "schedule",
        "programme", "program", "line-up", "lineup", "topics", "sessions", "speakers",
        "courses", "mini courses", "mini-courses", "tutorials", "keynotes", "talk details",
        "session details", "lightning talks", "lightning-talks",
        # English words for the night's talks as its other languages have them above
        # (``les présentations``, ``presentaciones``): presentations, demos
        "presentations", "the presentations", "the talks", "demos", "the demos",
        "talks and demos", "talks & demos",
        "programma", "ordre du jour",
        # French, with the article a heading writes them with (``## Les orateurs``)
        "les orateurs", "orateurs", "les intervenants", "intervenants", "les conférences",
        "le programme", "au programme", "les présentations", "les talks", "les sujets",
        # the word for talks in more languages (``Nesse encontro tivemos 6 palestras:``)
        "palestras", "charlas", "ponencias", "vorträge",
        "pláticas", "platicas", "conferencias", "presentaciones", "programa", "temas",
        "programação", "apresentações", "programm", "presentaties", "prelekcje",
        "wystąpienia", "föredrag", "foredrag", "interventi", "доклады", "программа",
        "predavanja", "konuşmalar", "발표", "세션",
        # "topics" (of the day) in more languages, as ``temas`` above: ``Tematy dnia:``
        "tematy", "tematy dnia", "themen", "sujets", "temi", "onderwerpen", "témata",
        "темы", "ämnen",
        # Japanese: the timetable, the presentations
        "タイムテーブル", "プログラム", "発表",
    ),
    "not_talks_section": (
        "幻灯片下载", "视频回看", "视频回放", "活动回顾", "回顾", "关于", "赞助", "合作", "报名",
        "主办", "协办", "组委会", "委员会", "about", "sponsor", "sponsors", "partners",
        "registration", "organizer", "organisers", "organizers", "organizing committee",
        "organising committee", "scientific committee", "programme committee",
        "program committee", "local committee", "committee", "community", "slides", "replay",
        "recordings", "venue", "location", "directions",
        # who came: a list of attendees is no programme, their ``名，介绍`` no speaker slot
        "attendees", "attendee list", "participants", "参会人员", "参会者", "与会者", "与会人员",
        "出席者", "参加者", "参加人员", "出席人员",
        # (German, Spanish/Portuguese, Italian, Dutch, Polish, Russian)
        "teilnehmer", "teilnehmende", "participantes", "asistentes", "partecipanti",
        "deelnemers", "uczestnicy", "участники",
        # whom to call for directions: a contact list's ``Name : 090-…`` is no talk
        "contact", "contacts", "contact info", "contact information", "kontakt", "contacto",
        "contato", "contatti", "連絡先", "联系方式", "联系我们", "контакты",
        # the meeting's accounts (収支: room, fees, carried over) are no programme
        "収支", "会計", "收支", "账目", "finances",
        # the next event: its plan is not this event's programme
        "下次活动", "下期活动", "下期预告", "下次预告", "next meetup", "next event",
        "upcoming meetup", "upcoming event", "次回",
        # other nights and the month's news (``## News & Events``: a list of links)
        "events", "upcoming events", "other events", "news", "announcements",
        # what to read or watch: a list of books "by" their authors is no programme
        "recommended reading", "reading list", "further reading", "books", "resources",
        "links", "literature", "lecturas", "leituras", "lektüre", "lectures",
        # who supports the night (a list of partners' names and sites is no programme):
        # Polish, German, French, Spanish/Portuguese, Dutch, Japanese, Russian, Korean
        "partnerzy", "sponsorzy", "sponsoren", "unterstützer", "partenaires", "mécènes",
        "patrocinadores", "parceiros", "apoiadores", "スポンサー", "協賛", "партнёры", "партнеры",
        "спонсоры", "후원", "스폰서",
    ),
    #: a part of the programme that groups its talks - a track, a room, a half of the
    #: day (a whole heading of these words, an index such as ``A`` or ``2`` after them)
    "group": (
        "track", "stage", "main stage", "hall", "main hall", "room", "morning", "afternoon",
        "evening", "morning session", "afternoon session", "evening session", "part",
        "block", "workshops", "panels", "beginner track", "advanced track",
        "vormittag", "nachmittag", "abend", "hauptprogramm", "teil", "raum", "saal", "bühne",
        "matin", "après-midi", "apres-midi", "soirée", "salle", "partie", "mañana", "tarde",
        "sesión de la mañana", "sesión de la tarde", "sala", "parte", "manhã", "sessão",
        "mattina", "pomeriggio", "sessione", "午前の部", "午後の部", "第一部", "第二部", "第1部",
        "第2部", "トラック", "上午场", "下午场", "晚场", "上午", "下午", "晚上", "主会场",
        "分会场", "分论坛", "第一场", "第二场", "오전", "오후", "트랙",
    ),
    #: a section on how to attend (a whole heading of these words, not its first word:
    #: ``Accessibility in React`` is a talk): never a talk of the programme
    "practical": (
        "parking", "car park", "code of conduct", "coc", "how to get there", "getting there",
        "how to find us", "finding us", "faq", "faqs", "frequently asked questions",
        "accessibility", "host", "hosts", "our host", "our hosts", "call for speakers",
        "call for papers", "call for talks", "cfp", "submit a talk", "want to speak",
        "join us", "join our slack", "join the community", "slack", "discord", "tickets",
        "ticket", "what to bring", "newsletter", "volunteers", "volunteer", "wi-fi", "wifi",
        "community partners", "media partners", "anfahrt", "barrierefreiheit", "lieu",
        "livestream", "live stream", "streaming", "remote attendance", "online attendance",
        "join online", "hybrid", "thanks", "thank you", "next time", "see you",
        "accès", "comment venir", "ubicación", "ubicacion", "cómo llegar", "como llegar",
        "como chegar", "acesso", "アクセス", "会場", "注意事項", "持ち物", "参加方法", "交通",
        "交通方式", "停车", "注意事项", "报名方式", "오시는 길",
    ),
    #: headings about the event itself: neither talks nor "not talks" (关于本次活动)
    "event_section": (
        "关于本次活动", "关于活动", "本次活动", "活动介绍", "活动信息", "活动简介", "节目信息",
        "本期简介", "about event",
        "about the event", "about this event", "event details", "event info", "details",
        "detalles", "détails", "dettagli", "detalhes", "einzelheiten",
        # the page told twice, once per language: each version is about the event
        "english version", "version française", "version francaise", "version anglaise",
        "french version", "en français", "in english", "english below", "deutsche version",
        "englische version", "german version", "auf deutsch", "auf englisch",
        "versión en español", "versión en inglés", "spanish version", "en español",
        "en inglés", "versione italiana", "versione inglese", "italian version",
        "in italiano", "versão em português", "em português", "em inglês",
        "nederlandse versie", "engelse versie", "dutch version", "in het nederlands",
        "in het engels",
    ),
    "break": (
        "签到", "茶歇", "午餐", "午休", "合影", "中场休息", "休息", "抽奖", "晚餐", "晚宴", "散场",
        "自由交流", "问答", "入场", "晚饭", "午饭", "早餐", "sign-in",
        "sign in", "check-in", "registration", "break", "coffee", "lunch", "dinner", "drinks",
        "networking", "doors open", "walk-in", "walk in", "pizza", "food", "borrel", "pause",
        "q&a", "apéro", "breakfast", "snacks", "snack", "refreshments", "beverages", "beer",
        "wine", "soft drinks", "tea break", "coffee break", "group photo", "poster session",
        "welcome reception", "reception", "get-together", "mingle", "mingling", "socialising",
        "socializing", "accueil", "café", "pause café", "déjeuner", "dîner",
        "apéritif", "cocktail", "petit-déjeuner", "kaffeepause", "mittagspause", "mittagessen",
        "einlass",
        # Dutch: walk-in, reception, drinks and snacks, drinks after
        "inloop", "ontvangst", "drankje", "drankjes", "hapje", "naborrel", "naborrelen",
        "getränke", "getränken", "kennenlernen", "imbiss", "abendessen", "hapjes",
        "almuerzo", "comida",
        "開場", "受付", "懇親会", "休憩", "昼食", "ランチ", "ピザ", "ドリンク", "交流会",
        "集合写真", "cerveza", "cervezas", "bebidas", "pausa", "bier", "kaffee", "pauze",
        "arrival", "arrivals", "connectivity check", "come together", "come-together",
        # the evening's games and notices: a slot of the room, no one's talk (not ``games``,
        # ``jobs``, ``quiz``: a short title that mentions a break word is a break, and
        # ``Games in Rust`` is a talk)
        "raffle", "door prizes", "prize draw", "pub quiz", "game night",
        "afterparty", "after-party", "after party", "hallway track",
        "job board", "job announcements", "tombola", "sorteo", "sorteio", "stammtisch",
        "verlosung", "tirage au sort",
        # Russian, Ukrainian, Polish, Czech, Swedish, Norwegian and Danish, Turkish,
        # Indonesian, Vietnamese, Korean
        "перерыв", "кофе-брейк", "кофе", "обед", "ужин", "регистрация", "нетворкинг", "фуршет",
        "афтерпати", "свободное общение", "сбор гостей", "перерва", "обід", "реєстрація",
        "przerwa", "przerwa kawowa", "obiad",
        "rejestracja", "přestávka", "oběd", "registrace", "občerstvení", "fika", "paus",
        "mingel", "lunsj", "frokost", "kahve arası", "öğle yemeği", "kayıt", "istirahat",
        "makan siang", "registrasi", "rehat", "giải lao", "ăn trưa", "점심", "휴식",
        "쉬는 시간", "네트워킹", "등록", "접수", "뒤풀이",
    ),
    #: a label whose paragraphs introduce the speaker: the paragraph opens with the name
    "speaker_intro": (
        "嘉宾介绍", "嘉宾简介", "讲师介绍", "讲师简介", "讲者介绍", "讲者简介", "分享嘉宾介绍",
        "演讲嘉宾介绍", "嘉宾信息", "讲师信息", "个人简介", "分享人简介", "分享人介绍",
        "主讲人简介", "主讲人介绍", "讲师与简介", "about the speaker",
        "about the speakers", "speaker bio", "speaker bios", "speaker biography", "bio",
        "bios", "biographies", "biografías", "biografias", "biografie", "biografien",
        "about the lecturer", "about the lecturers",
        "講師紹介", "登壇者紹介", "発表者紹介", "スピーカー紹介", "講師プロフィール",
        "登壇者プロフィール", "発表者プロフィール", "スピーカープロフィール",
        "biography", "über den referenten", "über die referentin", "zur person",
        "sobre o palestrante", "sobre a palestrante", "sobre el ponente", "sobre la ponente",
        "à propos de l'intervenant", "à propos de l'intervenante", "à propos de l’intervenant",
    ),
    #: parts of one talk's description: never a talk, never a speaker
    "talk_part": (
        "议题简介", "演讲简介", "分享简介", "内容简介", "演讲大纲", "分享大纲", "课程大纲",
        "课程简介",
        "本期分享大纲", "大纲", "听众收获", "你将收获", "您将收获", "收获", "观众收益", "听众受益",
        "关键词", "关键字", "标签", "摘要", "解决思路", "成果", "abstract", "outline", "summary",
        "takeaways", "key takeaways", "what you will learn", "what you'll learn", "keywords",
        "topics", "tags", "audience", "prerequisites",
        # (not ``description``, ``language``, ``level``, ``requirements``: a heading that
        # opens with one may be a talk's title, ``Language models in production``)
        "resumen", "zusammenfassung", "résumé", "resumo", "sommario", "riassunto",
        "beschreibung", "descripción", "descrição", "descrizione", "voraussetzungen",
        "requisitos", "prérequis", "target audience", "zielgruppe", "público objetivo",
        "概要", "要旨", "あらすじ",
        # who a topic or a summary is owed to (``**Credit:** Ann Example, Bo (sourcing)``)
        "credit", "credits", "h/t", "hat tip", "source", "sources", "courtesy",
    ),
    #: opening and closing words: an agenda entry that is only these is not a talk
    "remarks": (
        "开场致辞", "开场演讲", "开场", "致辞", "欢迎致辞", "闭幕", "闭幕致辞", "opening",
        "致词", "开场致词", "欢迎致词", "领导致辞", "领导致词", "嘉宾致辞", "仪式", "ceremony",
        "opening remarks", "welcome", "welcome words", "closing", "closing remarks", "wrap-up",
        "kick-off", "kick off", "kickoff",
        "wrap up", "ouverture", "clôture", "bienvenida", "apertura", "cierre", "begrüßung",
        "begrüssung", "benvenuto", "benvenuti", "bem-vindos", "boas-vindas", "abertura",
        "encerramento", "chiusura", "afsluiting",
        "willkommen", "welkom", "opening words", "close up", "close-up", "einleitung",
        "inleiding", "introduction", "introductie", "introduzione", "introducción",
        "introdução",
        "открытие", "закрытие", "приветствие", "вступительное слово", "відкриття",
        "закриття", "вітання", "otwarcie", "zakończenie", "powitanie", "zahájení",
        "ukončení", "přivítání", "välkommen", "avslutning", "velkommen", "åpning", "açılış",
        "kapanış", "hoş geldiniz", "pembukaan", "penutupan", "sambutan", "khai mạc",
        "bế mạc", "chào mừng", "개회", "폐회", "개회사", "인사말", "오프닝", "클로징",
        "開会", "開会宣言", "開会挨拶", "閉会", "閉会挨拶", "挨拶", "ご挨拶", "オープニング",
        "クロージング", "開幕", "閉幕",
        # everyone's self-introductions (a meeting's round for its newcomers): no talk
        "自我介绍", "自己紹介", "self-introductions", "self introductions",
        "vorstellungsrunde",
    ),
}

# Whitespace is matched possessively (``\s*+``) where only a non-space may follow: the
# three ``\s*`` around an optional number and 下载 split a run of spaces every way there
# is (``Speaker`` + 10,000 spaces + ``x`` was cubic).
_SEPARATOR = r"\s*+[:：]"
#: what may stand between a label word and its colon: a number (Speaker 1:), 下载/见
_LABEL_TAIL = r"\s*+\d{0,2}\s*+(?:下载|地址|链接|详见|见)?"
#: two words of one role make one label: ``Time/date:``, ``Date & time:``, ``日期/时间：``
_LABEL_PAIR = r"(?:\s*+(?:[/&、]|and|und|et|y|e)\s*+(?:{words}))?"
#: a label word's inclusive ending, for every gender (``Expositor/a``, ``Ponente(s)``,
#: ``intervenant·e``, ``Referent*in``, ``Sprecher_innen``): the same label
_INCLUSIVE = (r"(?:(?:/|\(|·|\.|\*|_)(?:a|as|e|es|s|in|innen|ère|ères|rice|rices|euse|euses)"
              r"\)?)?")
#: pattern kinds; ``{words}`` becomes the role's words, longest first
#: (``{initials}``, a look-ahead on the words' first letters, stands where a word must
#: start: one class the engine tests once, where the tree's first level is some 25
#: letters - and 60 CJK characters - tried branch by branch; at a line's start, where
#: ``fact``, ``heading`` and ``only`` are matched 11,000 times a pass, most lines open with
#: none of them. ``fact``'s may open with ``【`` too)
_TEMPLATES = {
    "fact": r"^\s*+{initials【}(?:【(?:{words})】\s*+[:：]?|(?:{words})" + _INCLUSIVE
    + _LABEL_PAIR + _LABEL_TAIL + _SEPARATOR + r")\s*+(?P<value>.*)$",
    "heading": r"^\W*{initials}(?:{words})(?![a-z])",
    "only": r"^[\W\d_]*{initials}(?:{words})" + _INCLUSIVE + r"[\W_]*$",
    "mention": r"(?<![a-z]){initials}(?:{words})(?![a-z])",
}


@dataclass(frozen=True)
class Labels:
    """Label words per role; matching is case-insensitive and trims full-width colons."""

    speaker: tuple[str, ...] = DEFAULT_LABELS["speaker"]
    time: tuple[str, ...] = DEFAULT_LABELS["time"]
    venue: tuple[str, ...] = DEFAULT_LABELS["venue"]
    fee: tuple[str, ...] = DEFAULT_LABELS["fee"]
    replay: tuple[str, ...] = DEFAULT_LABELS["replay"]
    not_replay: tuple[str, ...] = DEFAULT_LABELS["not_replay"]
    slides: tuple[str, ...] = DEFAULT_LABELS["slides"]
    talks_section: tuple[str, ...] = DEFAULT_LABELS["talks_section"]
    not_talks_section: tuple[str, ...] = DEFAULT_LABELS["not_talks_section"]
    break_: tuple[str, ...] = field(default=DEFAULT_LABELS["break"])
    host: tuple[str, ...] = DEFAULT_LABELS["host"]
    topic: tuple[str, ...] = DEFAULT_LABELS["topic"]
    affiliation: tuple[str, ...] = DEFAULT_LABELS["affiliation"]
    theme: tuple[str, ...] = DEFAULT_LABELS["theme"]
    event_section: tuple[str, ...] = DEFAULT_LABELS["event_section"]
    practical: tuple[str, ...] = DEFAULT_LABELS["practical"]
    group: tuple[str, ...] = DEFAULT_LABELS["group"]
    remarks: tuple[str, ...] = DEFAULT_LABELS["remarks"]
    speaker_intro: tuple[str, ...] = DEFAULT_LABELS["speaker_intro"]
    talk_part: tuple[str, ...] = DEFAULT_LABELS["talk_part"]
    # not __init__ arguments: ``replace()`` (``extended``) would hand a site's labels the
    # defaults' own caches, and each would then use the other's compiled words
    _cache: dict[tuple[str | tuple[str, ...], str], re.Pattern[str]] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )
    _words: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )

    @classmethod
    def extended(cls, extra: dict[str, list[str]] | None) -> Labels:
        """The defaults plus a site's own words (``meetup_labels``), theirs first."""
        if not extra:
            return DEFAULT
        base = DEFAULT
        changes = {}
        for item in fields(cls):
            key = item.name.rstrip("_")
            if key in extra and not item.name.startswith("_"):
                changes[item.name] = tuple(extra[key]) + getattr(base, item.name)
        return replace(base, **changes)

    def fact(self, role: str) -> re.Pattern[str]:
        """A pattern for ``<label>: value`` lines of ``role``; group ``value``.

        ``Speaker 1:`` and ``PPT下载：`` count too: a number or 下载/见 may follow the word.
        """
        return self._cache.get((role, "fact")) or self._pattern(role, "fact")

    def heading(self, role: str) -> re.Pattern[str]:
        """A pattern for a heading that starts with a ``role`` word."""
        return self._cache.get((role, "heading")) or self._pattern(role, "heading")

    def only(self, role: str) -> re.Pattern[str]:
        """A pattern for text that is nothing but a ``role`` word (``Program:``)."""
        return self._cache.get((role, "only")) or self._pattern(role, "only")

    def mention(self, role: str) -> re.Pattern[str]:
        """A pattern for a ``role`` word anywhere, as a whole word (``本次活动的 PPT 见``)."""
        return self._cache.get((role, "mention")) or self._pattern(role, "mention")

    def any_role(self, kind: str, roles: tuple[str, ...]) -> re.Pattern[str]:
        """One pattern of ``kind`` (``fact``, ``only``, ``mention``…) for the words of all
        ``roles``: it matches where one of the roles' patterns matches, for a yes or no
        (one search instead of one per role; which role and what span are not its)."""
        return self._cache.get((roles, kind)) or self._pattern(roles, kind)

    def is_not_replay(self, text: str) -> bool:
        """Whether ``text`` (a label, a link text, a heading) names something that is
        not a recording: the live room, a sign-up or reservation, a written recap, a
        placeholder. A replay is a recording of the event, nothing else."""
        return bool(text) and bool(self.mention("not_replay").search(text))

    def words(self, role: str) -> frozenset[str]:
        """Every single word of ``role``'s labels, case-folded (``closing remarks`` gives
        ``closing`` and ``remarks``)."""
        found = self._words.get(role)
        if found is None:
            phrases = self._phrases(role)
            found = frozenset(w for phrase in phrases for w in phrase.casefold().split())
            self._words[role] = found
        return found

    def _phrases(self, role: str) -> tuple[str, ...]:
        return getattr(self, "break_" if role == "break" else role)

    def _pattern(self, role: str | tuple[str, ...], kind: str) -> re.Pattern[str]:
        roles = (role,) if isinstance(role, str) else role
        words = sorted(dict.fromkeys(w for one in roles for w in self._phrases(one)), key=len)
        # longest first, as a tree of the words' shared beginnings (:func:`.alternation`)
        alternatives = alternation(reversed(words), ignorecase=True)
        # a search tries every word at every position; a look-ahead on the words' first
        # letters (matched the same case-insensitive way) skips the others at once
        initials = "".join(sorted({re.escape(w[0]) for w in words})) if all(words) else ""
        template = _TEMPLATES[kind].replace(
            "{initials【}", f"(?=[【{initials}])" if initials else "").replace(
            "{initials}", f"(?=[{initials}])" if initials else "")
        pattern = re.compile(template.replace("{words}", alternatives), re.IGNORECASE)
        self._cache[(role, kind)] = pattern
        return pattern


#: the built-in words; shared, so its compiled patterns are compiled once per process
DEFAULT = Labels()
