import os, re, sys, glob, html
root='/tmp/ant/ant'
def parse(p):
    s=open(p,encoding='utf-8',errors='replace').read()
    g=lambda t: (re.search(r'<%s>(.*?)</%s>'%(t,t),s,re.S) or [None,''])[1].strip()
    return dict(id=g('DOCNO'),cat=g('CAT'),title=g('TITLE'),time=g('TIME'),author=g('AUTHOR'),abstract=g('ABSTRACT'),text=g('TEXT'),path=p)
days=sys.argv[2:]
out=open(sys.argv[1],'w',encoding='utf-8')
arts=[]
for p in glob.glob(root+'/*/*/*.txt'):
    m=re.search(r'-(\d{8})\.txt$',p)
    if m and m.group(1) in days: arts.append(parse(p))
arts.sort(key=lambda a:(a['id'][-8:],a['id']))
for a in arts:
    lead=a['abstract'] or a['text'][:400]
    lead=re.sub(r'\s+',' ',lead)[:500]
    text=re.sub(r'\s+',' ',a['text'])[:350]
    out.write(f"## {a['id']}\nTIME: {a['time']} | CAT: {a['cat']}\nTITLE: {a['title']}\nLEAD: {lead}\nTEXT: {text}\nFILE: {a['path']}\n\n")
print(sys.argv[1],len(arts))
