"""Given names, as knowledge: ``Wolfgang Schell`` is a person, ``Object Detection`` not.

Two capitalised words look alike whether they are a person or a title's words; what
tells them apart is knowing that one of them is a given name. The table
(``data/given_names.txt``, made from Faker's first-name lists of some eighty locales by
``tools/given_names.py``) holds given names folded (case, accents). It is read the
first time a rule asks, never at import: most pages never need it. A name in the table
is evidence, not proof - ``Grace`` and ``Ruby`` are given names - so the rules that ask
want a whole shape around it (a full name of two words or more, repeated in a list).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from functools import cache
from pathlib import Path

from .names import Name, is_cjk, key, looks_like_name, without_academic_title

_TABLE = Path(__file__).with_name("data") / "given_names.txt"


@cache
def _given_names() -> frozenset[str]:
    # (the header's comment lines stay in: a line with spaces is never one folded word)
    return frozenset(_TABLE.read_text(encoding="utf-8").splitlines())


def fold(word: str) -> str:
    """``Jürgen`` -> ``jurgen``: the table's form of a word. Twice, since either step
    can make work for the other (``ᴵ`` decomposes to ``I``, ``İ`` folds to ``i̇``)."""
    return _fold_once(_fold_once(word))


def _fold_once(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the table knows (any case, any accents); a
    hyphenated one when each part is (``Anne-Marie``, ``Hans-Peter``)."""
    folded = fold(word.strip(".,;:"))
    if folded in _given_names():
        return True
    parts = folded.split("-")
    return len(parts) > 1 and all(part in _given_names() for part in parts)


def led_by_given_name(name: str) -> bool:
    """A full name - two words or more - whose first word is a known given name
    (``Wolfgang Schell``, ``Jurgen de Smet``, after an academic title: ``Dr. Ann
    Example``), or a Chinese name in pinyin (:func:`pinyin_name`); one word is no full
    name, nor one holding a digit (``Dia 27 de Setembro`` is a day)."""
    words = (without_academic_title(name) if name[:1] in "DP" else name).split()
    return len(words) >= 2 and (is_given_name(words[0]) or pinyin_name(words)) and not any(
        char.isdigit() for char in name)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: the syllables of Mandarin in pinyin, without tones (``v`` for ``ü``)
_PINYIN = _word_set("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can
cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den
deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei
fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui
gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji
jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken
keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian
liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei
men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian
niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng
pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que
qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen
seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui
shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting
tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za
zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou
zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""")
#: the most common Chinese family names in pinyin
_PINYIN_SURNAMES = _word_set("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
cheng wei su lu ding ren yao shen zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai
meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian dai mo kong
xiang chang an ou niu kang wen zhan yi ji ning qi shu lv lyu ruan weng bao ni yue
""")
#: places whose two words read as a pinyin name (``Hong Kong``)
_PINYIN_PLACES = frozenset({("hong", "kong"), ("xi", "an"), ("ma", "on")})


def pinyin_name(words: list[str]) -> bool:
    """``Yiyang Zhou`` / ``Zhou Yiyang``: two words, a common Chinese family name and a
    given name of one or two pinyin syllables, each capitalised - a Chinese name as
    English pages write it, which no list of given names holds."""
    if len(words) != 2 or not all(word[:1].isupper() and word[1:].islower()
                                  and word.isascii() and word.isalpha() for word in words):
        return False
    first, last = (word.casefold() for word in words)
    if (first, last) in _PINYIN_PLACES:
        return False
    return (last in _PINYIN_SURNAMES and _pinyin_given(first)) or (
        first in _PINYIN_SURNAMES and _pinyin_given(last))


def _pinyin_given(word: str) -> bool:
    """One pinyin syllable, or two run together (``yi`` + ``yang``)."""
    if word in _PINYIN:
        return True
    return any(word[:cut] in _PINYIN and word[cut:] in _PINYIN for cut in range(1, len(word)))


def vouched_or_cjk(name: str, known: Collection[str], *, one_word: bool = False) -> bool:
    """:func:`vouched_for`, or a name written in Chinese or Japanese characters, whose
    shape the reader tells apart without a list of given names."""
    return is_cjk(name) or vouched_for(name, known, one_word=one_word)


def vouched_person(name: Name, known: Collection[str]) -> bool:
    """A full name the front matter or a known given name vouches for."""
    return vouched_for(name.name, known) and looks_like_name(name.name, known, strict=True)


def vouched_for(name: str, known: Collection[str], *, one_word: bool = False) -> bool:
    """A person the reader knows by evidence beyond shape: a name the front matter lists
    (``known`` holds name keys), a full name led by a known given name, or - ``one_word``
    - one known given name alone (``Iwan``)."""
    return (key(name) in known or led_by_given_name(name)
            or (one_word and " " not in name and is_given_name(name)))
