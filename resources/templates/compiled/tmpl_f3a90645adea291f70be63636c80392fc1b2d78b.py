from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'page.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_head = resolve('head')
    l_0_csp = resolve('csp')
    l_0_brand_css = resolve('brand_css')
    l_0_css = resolve('css')
    l_0_mode = resolve('mode')
    l_0_t = resolve('t')
    l_0_draft = resolve('draft')
    l_0_top = resolve('top')
    l_0_articles = resolve('articles')
    l_0_bottom = resolve('bottom')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'language'))
    yield '" class="kind-'
    yield escape(environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'kind'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="'
    yield escape((undefined(name='csp') if l_0_csp is missing else l_0_csp))
    yield '">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n<title>'
    yield escape(environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'title'))
    yield '</title>\n'
    if environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'description'):
        pass
        yield '<meta name="description" content="'
        yield escape(environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'description'))
        yield '">\n'
    for (l_1_name, l_1_content) in environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'dublin_core'):
        _loop_vars = {}
        pass
        yield '<meta name="'
        yield escape(l_1_name)
        yield '" content="'
        yield escape(l_1_content)
        yield '">\n'
    l_1_name = l_1_content = missing
    yield '<script type="application/ld+json">\n'
    yield escape(environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'json_ld'))
    yield '\n</script>\n<style>\n'
    yield escape((undefined(name='brand_css') if l_0_brand_css is missing else l_0_brand_css))
    yield '\n'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '\n</style>\n</head>\n<body class="mode-'
    yield escape((undefined(name='mode') if l_0_mode is missing else l_0_mode))
    yield '">\n<a class="skip-link" href="#main">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'Skip to main content'))
    yield '</a>\n'
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield '<div class="draft-banner" role="note"><strong>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'DRAFT'))
        yield '</strong> '
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'Draft: not published. This banner shows only in the preview.'))
        yield '</div>\n'
    for l_1_block in (undefined(name='top') if l_0_top is missing else l_0_top):
        _loop_vars = {}
        pass
        yield escape(l_1_block)
        yield '\n'
    l_1_block = missing
    yield '<main id="main" tabindex="-1">\n'
    for l_1_article in (undefined(name='articles') if l_0_articles is missing else l_0_articles):
        _loop_vars = {}
        pass
        yield '<article class="record"'
        if environment.getattr(l_1_article, 'language'):
            pass
            yield ' lang="'
            yield escape(environment.getattr(l_1_article, 'language'))
            yield '"'
        yield '>\n<header class="record-header">\n'
        for l_2_block in environment.getattr(l_1_article, 'heading'):
            _loop_vars = {}
            pass
            yield escape(l_2_block)
            yield '\n'
        l_2_block = missing
        yield '</header>\n'
        for l_2_item in environment.getattr(l_1_article, 'content'):
            _loop_vars = {}
            pass
            if t_1(environment.getattr(l_2_item, 'children')):
                pass
                yield '<section id="'
                yield escape(environment.getattr(l_2_item, 'id'))
                yield '" class="body-section"'
                if environment.getattr(l_2_item, 'heading_id'):
                    pass
                    yield ' aria-labelledby="'
                    yield escape(environment.getattr(l_2_item, 'heading_id'))
                    yield '"'
                yield '>\n'
                for l_3_block in environment.getattr(l_2_item, 'children'):
                    _loop_vars = {}
                    pass
                    yield escape(l_3_block)
                    yield '\n'
                l_3_block = missing
                yield '</section>\n'
            else:
                pass
                yield escape(l_2_item)
                yield '\n'
        l_2_item = missing
        yield '</article>\n'
    l_1_article = missing
    yield '</main>\n'
    for l_1_block in (undefined(name='bottom') if l_0_bottom is missing else l_0_bottom):
        _loop_vars = {}
        pass
        yield escape(l_1_block)
        yield '\n'
    l_1_block = missing
    yield '</body>\n</html>'

blocks = {}
debug_info = '2=28&5=32&8=34&9=36&10=39&12=41&13=45&16=51&19=53&20=55&23=57&24=59&25=61&26=64&28=68&29=71&32=75&33=79&35=85&36=88&39=92&40=95&41=98&42=106&43=109&47=115&53=121&54=124'