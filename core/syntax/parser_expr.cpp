// The parser: expressions, types and parameter lists.
#include "core/syntax/astdump.h"
#include "core/syntax/parser_internal.h"

namespace gs::syntax::detail {

// ---------------------------------------------------------------------------
// Syntactic predicates

// Whether x is (syntactically) a type element, i.e. certainly a type and
// not a value: a type literal, ~T, or an expression containing one.
bool isTypeElem(const Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(x);
      return u->op == Tok::Tilde || isTypeElem(u->x);
    }
    case NodeKind::StarExpr:
      return isTypeElem(static_cast<const StarExpr*>(x)->x);
    case NodeKind::ParenExpr:
      return isTypeElem(static_cast<const ParenExpr*>(x)->x);
    default:
      return false;
  }
}

// Whether x must be a value (cannot be a type), which decides that
// `x[i] {` starts a block rather than a composite literal.
bool isValue(const Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr:
      return isValue(static_cast<const ParenExpr*>(x)->x);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(x);
      // With several indices it is an instantiation; only x decides.
      return isValue(ix->x) || (ix->indices.size() == 1 && isValue(ix->indices[0]));
    }
    default:
      return false;  // names, selectors, *T and type literals may be types
  }
}

// ---------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::expr() { return binaryExpr(nullptr, 0); }

// binary_op = "||" | "&&" | rel_op | add_op | mul_op .
// Precedence climbing: parses the operators that bind tighter than prec;
// x, if given, is the already parsed left operand.
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  DepthRestore restore(this);
  for (;;) {
    int tprec = tokPrecedence(tok_);
    if (tprec <= prec) return x;
    // `a + b + c ...` nests to the left without recursion here, but the
    // tree gets deeper, and later stages walk it recursively.
    if (!deeper()) return x;
    Tok op = tok_;
    Pos opPos = pos_;
    next();
    Expr* y = binaryExpr(nullptr, tprec);
    x = arena_.make<BinaryExpr>(x->pos, op, opPos, x, y);
  }
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .  (and "~" in constraints)
Expr* Parser::unaryExpr() {
  Nest nest(this);
  if (!nest.ok) return badExpr();

  Pos pos = pos_;
  switch (tok_) {
    case Tok::Mul:
      next();
      return arena_.make<StarExpr>(pos, unaryExpr());
    case Tok::Add:
    case Tok::Sub:
    case Tok::Not:
    case Tok::Xor:
    case Tok::Tilde: {
      Tok op = tok_;
      next();
      return arena_.make<UnaryExpr>(pos, op, unaryExpr());
    }
    case Tok::And:
      next();
      // &(T{}) is &T{}: Go drops the parentheses here.
      return arena_.make<UnaryExpr>(pos, Tok::And, unparen(unaryExpr()));
    case Tok::Arrow: {
      // A receive `<-x`, or a receive-only channel type `<-chan E`; which one
      // is only known after the operand.
      next();
      Expr* x = unaryExpr();
      if (ChanType* c = x->as<ChanType>()) {
        recvChanType(c);
        c->pos = pos;
        return c;
      }
      return arena_.make<UnaryExpr>(pos, Tok::Arrow, x);
    }
    default:
      return pexpr(nullptr);
  }
}

// `<-` followed by a channel type is a receive-only channel type:
// <-(chan E) => (<-chan E);  <-(chan<- E) => (<-chan (<-E)).
void Parser::recvChanType(ChanType* x) {
  ChanDir dir = ChanDir::Send;
  Expr* t = x;
  while (dir == ChanDir::Send) {
    ChanType* c = t->as<ChanType>();
    if (!c) break;
    dir = c->dir;
    if (dir == ChanDir::Recv) {
      // t is <-chan E, but <-<-chan E is not permitted
      syntaxError("unexpected <-, expected chan");
    }
    c->dir = ChanDir::Recv;
    t = c->elem;
  }
  if (dir == ChanDir::Send) {
    // the element E of <-chan<- E is not a channel
    syntaxError("unexpected " + exprString(t) + ", expected chan");
  }
}

// Operand     = Literal | OperandName | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// OperandName = identifier | QualifiedIdent .
// (Composite literals and qualified names are completed by pexpr.)
Expr* Parser::operand() {
  switch (tok_) {
    case Tok::Ident:
      return name();
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String:
      return oliteral();
    case Tok::LParen: {
      Pos pos = pos_;
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::RParen);
      return arena_.make<ParenExpr>(pos, x);
    }
    case Tok::Func: {
      // FunctionLit = "func" Signature FunctionBody .  (or a func type)
      Pos pos = pos_;
      next();
      FuncType* ft = funcType("function type", pos);
      if (tok_ == Tok::LBrace) {
        xnest_++;
        FuncLit* f = arena_.make<FuncLit>(pos);
        f->sig = ft;
        f->body = funcBody();
        xnest_--;
        return f;
      }
      return ft;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
      return type_();
    default: {
      Expr* x = badExpr();
      syntaxError("expected expression");
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index
//             | PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Selector      = "." identifier .
// Index         = "[" Expression "]" .   (also "[" TypeList "]": instantiation)
// Slice         = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" .
// TypeAssertion = "." "(" Type ")" .
// Arguments     = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
// x, if given, is the already parsed operand.
Expr* Parser::pexpr(Expr* x) {
  if (!x) x = operand();
  DepthRestore restore(this);
  for (;;) {
    // Each suffix (a.b, a[i], a(x), T{}) nests the tree one level deeper.
    if (!deeper()) return x;
    Pos pos = pos_;
    switch (tok_) {
      case Tok::Period: {
        next();
        if (tok_ == Tok::Ident) {
          x = arena_.make<SelectorExpr>(x->pos, x, name());
        } else if (tok_ == Tok::LParen) {
          TypeAssertExpr* t = arena_.make<TypeAssertExpr>(x->pos);
          t->x = x;
          t->lparen = pos_;
          next();
          if (!got(Tok::Type)) t->typeExpr = type_();  // x.(type) leaves typeExpr null
          want(Tok::RParen);
          x = t;
        } else {
          syntaxError("expected name or (");
          advance({Tok::Semicolon, Tok::RParen});
        }
        break;
      }

      case Tok::LBrack:
        x = indexOrSlice(x);
        break;

      case Tok::LParen: {
        CallExpr* t = arena_.make<CallExpr>(x->pos);
        t->fun = x;
        t->lparen = pos;
        next();
        argList(t);
        x = t;
        break;
      }

      case Tok::LBrace: {
        // Does "{" start a composite literal or a block? Type names and
        // instantiations may start one, except in a statement header
        // (xnest < 0); type literals always do.
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind) {
          case NodeKind::Ident:
          case NodeKind::SelectorExpr:
            complitOk = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complitOk = xnest_ >= 0 && !isValue(t);
            break;
          case NodeKind::ArrayType:
          case NodeKind::StructType:
          case NodeKind::MapType:
            complitOk = true;
            break;
          default:
            break;
        }
        if (!complitOk) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        CompositeLit* n = complitexpr();
        n->typeExpr = x;
        n->pos = x->pos;
        x = n;
        break;
      }

      default:
        return x;
    }
  }
}

// x "[" ... "]": an index, an instantiation or a slice expression. (The
// current token is "[".)
Expr* Parser::indexOrSlice(Expr* x) {
  Pos pos = pos_;
  next();
  Expr* index = nullptr;
  if (tok_ != Tok::Colon) {
    bool comma = false;
    std::vector<Expr*> list;
    if (tok_ == Tok::RBrack) {
      // invalid empty index, slice or instance; accept but complain
      syntaxError("expected operand");
      list.push_back(badExpr());
    } else {
      list = typeList(false, &comma);
    }
    if (comma || tok_ == Tok::RBrack) {
      // x[i], x[i,] or x[T1, T2, ...]
      want(Tok::RBrack);
      IndexExpr* t = arena_.make<IndexExpr>(x->pos);
      t->x = x;
      t->indices = std::move(list);
      t->lbrack = pos;
      return t;
    }
    index = list[0];
  }
  // x[i:...   (a plain want(Colon) would give a worse message)
  if (!got(Tok::Colon)) {
    syntaxError("expected comma, : or ]");
    advance({Tok::Comma, Tok::Colon, Tok::RBrack});
  }
  xnest_++;
  SliceExpr* t = arena_.make<SliceExpr>(x->pos);
  t->x = x;
  t->lbrack = pos;
  t->lo = index;
  if (tok_ != Tok::Colon && tok_ != Tok::RBrack) t->hi = expr();
  if (tok_ == Tok::Colon) {
    t->slice3 = true;
    if (!t->hi) {
      error("middle index required in 3-index slice");
      t->hi = badExpr();
    }
    next();
    if (tok_ != Tok::RBrack) {
      t->max = expr();
    } else {
      error("final index required in 3-index slice");
      t->max = badExpr();
    }
  }
  xnest_--;
  want(Tok::RBrack);
  return t;
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitexpr() {
  if (tok_ == Tok::LBrace) return complitexpr();  // elided type
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// KeyedElement = [ Key ":" ] Element .
CompositeLit* Parser::complitexpr() {
  CompositeLit* x = arena_.make<CompositeLit>(pos_);
  x->lbrace = pos_;
  Nest nest(this);
  if (!nest.ok) return x;

  xnest_++;
  want(Tok::LBrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    Expr* e = bareComplitexpr();
    if (tok_ == Tok::Colon) {
      Pos colon = pos_;
      next();
      KeyValueExpr* kv = arena_.make<KeyValueExpr>(e->pos, e, bareComplitexpr());
      kv->colon = colon;
      e = kv;
    }
    x->elts.push_back(e);
    return false;
  });
  xnest_--;
  return x;
}

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .  ("(" consumed)
void Parser::argList(CallExpr* call) {
  xnest_++;
  call->rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
    call->args.push_back(expr());
    if (tok_ == Tok::Ellipsis) {
      call->hasEllipsis = true;
      call->ellipsis = pos_;
      next();
    }
    return call->hasEllipsis;
  });
  xnest_--;
}

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> list;
  list.push_back(expr());
  while (got(Tok::Comma)) list.push_back(expr());
  return list;
}

// TypeList = arg { "," arg } [ "," ] .  A non-empty list of types; unless
// strict, the first may be any expression (an index). *comma tells whether
// a comma (separating or trailing) was seen.
std::vector<Expr*> Parser::typeList(bool strict, bool* comma) {
  std::vector<Expr*> list;
  *comma = false;
  xnest_++;
  list.push_back(strict ? type_() : expr());
  if (got(Tok::Comma)) {
    *comma = true;
    if (Expr* t = typeOrNil()) {
      list.push_back(t);
      while (got(Tok::Comma)) {
        t = typeOrNil();
        if (!t) break;
        list.push_back(t);
      }
    }
  }
  xnest_--;
  return list;
}

// identifier
Ident* Parser::name() {
  if (tok_ == Tok::Ident) {
    Ident* n = newIdent(pos_, lit_);
    next();
    return n;
  }
  Ident* n = newIdent(pos_, "_");
  syntaxError("expected name");
  advance();
  return n;
}

// IdentifierList = identifier { "," identifier } .  (first already parsed)
std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> list{first};
  while (got(Tok::Comma)) list.push_back(name());
  return list;
}

// TypeName = identifier | QualifiedIdent .  [ TypeArgs ]
// QualifiedIdent = PackageName "." identifier .
Expr* Parser::qualifiedName(Ident* n) {
  Expr* x;
  if (n) {
    x = n;
  } else if (tok_ == Tok::Ident) {
    x = name();
  } else {
    x = newIdent(pos_, "_");
    syntaxError("expected name");
    advance({Tok::Period, Tok::Semicolon, Tok::RBrace});
  }
  if (tok_ == Tok::Period) {
    next();
    x = arena_.make<SelectorExpr>(x->pos, x, name());
  }
  if (tok_ == Tok::LBrack) x = typeInstance(x);
  return x;
}

// BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
// Returns null if the current token is not a literal.
BasicLit* Parser::oliteral() {
  if (!isLiteral()) return nullptr;
  BasicLit* b = arena_.make<BasicLit>(pos_, tok_, std::string(lit_));
  b->bad = bad_;
  next();
  return b;
}

// ---------------------------------------------------------------------------
// Types

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
Expr* Parser::type_() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expected type");
    advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

// Like type_, but returns null (without an error) if there is no type.
// TypeLit = ArrayType | StructType | PointerType | FunctionType | InterfaceType
//         | SliceType | MapType | ChannelType .
Expr* Parser::typeOrNil() {
  Nest nest(this);
  if (!nest.ok) return badExpr();

  Pos pos = pos_;
  switch (tok_) {
    case Tok::Mul:
      // PointerType = "*" BaseType .
      next();
      return arena_.make<StarExpr>(pos, type_());
    case Tok::Arrow: {
      // "<-" "chan" ElementType
      next();
      want(Tok::Chan);
      ChanType* t = arena_.make<ChanType>(pos);
      t->dir = ChanDir::Recv;
      t->elem = chanElem();
      return t;
    }
    case Tok::Func:
      next();
      return funcType("function type", pos);
    case Tok::LBrack:
      // "[" [ ArrayLength | "..." ] "]" ElementType
      next();
      if (got(Tok::RBrack)) return sliceType(pos);
      return arrayType(pos, nullptr);
    case Tok::Chan: {
      // "chan" [ "<-" ] ElementType
      next();
      ChanType* t = arena_.make<ChanType>(pos);
      if (got(Tok::Arrow)) t->dir = ChanDir::Send;
      t->elem = chanElem();
      return t;
    }
    case Tok::Map: {
      // MapType = "map" "[" KeyType "]" ElementType .
      next();
      want(Tok::LBrack);
      MapType* t = arena_.make<MapType>(pos);
      t->key = type_();
      want(Tok::RBrack);
      t->value = type_();
      return t;
    }
    case Tok::Struct:
      return structType();
    case Tok::Interface:
      return interfaceType();
    case Tok::Ident:
      return qualifiedName(nullptr);
    case Tok::LParen: {
      next();
      Expr* t = type_();
      want(Tok::RParen);
      return t;  // parentheses around a type are not kept
    }
    default:
      return nullptr;
  }
}

// TypeArgs = "[" TypeList [ "," ] "]" .
Expr* Parser::typeInstance(Expr* typ) {
  IndexExpr* x = arena_.make<IndexExpr>(typ->pos);
  x->lbrack = pos_;
  x->x = typ;
  want(Tok::LBrack);
  if (tok_ == Tok::RBrack) {
    syntaxError("expected type argument list");
    x->indices.push_back(badExpr());
  } else {
    bool comma;
    x->indices = typeList(true, &comma);
  }
  want(Tok::RBrack);
  return x;
}

// Signature = [ TypeParameters ] Parameters [ Result ] .
// pos is the position the FuncType gets (its `func` keyword, or the first
// token of an interface method's signature). If context is set, type
// parameters are an error ("method must have no type parameters").
FuncType* Parser::funcType(const char* context, Pos pos) {
  FuncType* t = arena_.make<FuncType>(pos);
  Pos lbrack = pos_;
  if (got(Tok::LBrack)) {
    if (context) syntaxErrorAt(lbrack, std::string(context) + " must have no type parameters");
    if (tok_ == Tok::RBrack) {
      syntaxError("empty type parameter list");
      next();
    } else {
      Pos closing;
      std::vector<Param> tparams = paramList(nullptr, nullptr, Tok::RBrack, true, &closing);
      t->typeParams = groupParams(tparams, lbrack, closing);
    }
  }
  Pos lparen = pos_;
  want(Tok::LParen);
  Pos rparen;
  std::vector<Param> params = paramList(nullptr, nullptr, Tok::RParen, false, &rparen);
  t->params = groupParams(params, lparen, rparen);
  t->results = funcResult();
  return t;
}

// ArrayType = "[" ArrayLength "]" ElementType .  ("[" consumed; len, if
// given, is the already parsed length.)  `[...]T` gets an Ellipsis length.
Expr* Parser::arrayType(Pos lbrack, Expr* len) {
  if (!len) {
    if (tok_ == Tok::Ellipsis) {
      len = arena_.make<Ellipsis>(pos_);
      next();
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok_ == Tok::Comma) {
    // Trailing commas are fine in type parameter lists, not in array types.
    syntaxError("unexpected comma; expected ]");
    next();
  }
  want(Tok::RBrack);
  ArrayType* t = arena_.make<ArrayType>(lbrack);
  t->len = len;
  t->elem = type_();
  return t;
}

// SliceType = "[" "]" ElementType .  ("[" "]" consumed)
Expr* Parser::sliceType(Pos lbrack) {
  ArrayType* t = arena_.make<ArrayType>(lbrack);
  t->elem = type_();
  return t;
}

// ElementType = Type .  (of a channel; a missing one is reported, not skipped)
Expr* Parser::chanElem() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
    // assume the element type is simply absent: don't skip anything
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  StructType* t = arena_.make<StructType>(pos_);
  want(Tok::Struct);
  FieldList* fields = arena_.make<FieldList>(pos_);
  fields->opening = pos_;
  t->fields = fields;
  want(Tok::LBrace);
  fields->closing = list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    fieldDecl(fields);
    return false;
  });
  return t;
}

void Parser::addField(FieldList* fields, Pos pos, std::vector<Ident*> names, Expr* type, BasicLit* tag) {
  Field* f = arena_.make<Field>(pos);
  f->names = std::move(names);
  f->typeExpr = type;
  f->tag = tag;
  fields->list.push_back(f);
}

// FieldDecl     = ( IdentifierList Type | EmbeddedField ) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
// Tag           = string_lit .
void Parser::fieldDecl(FieldList* fields) {
  Pos pos = pos_;
  switch (tok_) {
    case Tok::Ident: {
      Ident* n = name();
      if (tok_ == Tok::Period || isLiteral() || tok_ == Tok::Semicolon || tok_ == Tok::RBrace) {
        // embedded type
        Expr* typ = qualifiedName(n);
        BasicLit* tag = oliteral();
        addField(fields, pos, {}, typ, tag);
        return;
      }
      // name1, name2, ... Type [ tag ]
      std::vector<Ident*> names = nameList(n);
      Expr* typ;
      // `T[P1, P2]` (embedded instance) or `a [N]E` / `a []E` (a field)?
      if (names.size() == 1 && tok_ == Tok::LBrack) {
        typ = arrayOrTArgs();
        if (IndexExpr* ix = typ->as<IndexExpr>()) {
          ix->x = n;
          ix->pos = n->pos;
          BasicLit* tag = oliteral();
          addField(fields, pos, {}, ix, tag);
          return;
        }
      } else {
        typ = type_();
      }
      BasicLit* tag = oliteral();
      addField(fields, pos, std::move(names), typ, tag);
      return;
    }
    case Tok::Mul: {
      next();
      Expr* typ;
      if (tok_ == Tok::LParen) {
        // *(T)
        syntaxError("cannot parenthesize embedded type");
        next();
        typ = qualifiedName(nullptr);
        got(Tok::RParen);  // no need to complain if missing
      } else {
        typ = qualifiedName(nullptr);
      }
      BasicLit* tag = oliteral();
      addField(fields, pos, {}, arena_.make<StarExpr>(pos, typ), tag);
      return;
    }
    case Tok::LParen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (tok_ == Tok::Mul) {
        // (*T)
        Pos star = pos_;
        next();
        typ = arena_.make<StarExpr>(star, qualifiedName(nullptr));
      } else {
        // (T)
        typ = qualifiedName(nullptr);
      }
      got(Tok::RParen);  // no need to complain if missing
      BasicLit* tag = oliteral();
      addField(fields, pos, {}, typ, tag);
      return;
    }
    default:
      syntaxError("expected field name or embedded type");
      advance({Tok::Semicolon, Tok::RBrace});
      return;
  }
}

// After a name: "[" "]" E (slice), "[" N "]" E (array) or "[" T1, ... "]"
// (type arguments, returned as an IndexExpr whose x the caller sets).
Expr* Parser::arrayOrTArgs() {
  Pos lbrack = pos_;
  want(Tok::LBrack);
  if (got(Tok::RBrack)) return sliceType(lbrack);

  // x [n]E or x[n,], x[n1, n2], ...
  bool comma;
  std::vector<Expr*> list = typeList(false, &comma);
  want(Tok::RBrack);
  if (!comma) {
    if (Expr* elem = typeOrNil()) {
      // x [n]E
      ArrayType* t = arena_.make<ArrayType>(lbrack);
      t->len = list[0];
      t->elem = elem;
      return t;
    }
  }
  // x[n,], x[n1, n2], ...
  IndexExpr* t = arena_.make<IndexExpr>(lbrack);
  t->lbrack = lbrack;
  t->indices = std::move(list);
  return t;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeElem .
InterfaceType* Parser::interfaceType() {
  InterfaceType* t = arena_.make<InterfaceType>(pos_);
  want(Tok::Interface);
  FieldList* elems = arena_.make<FieldList>(pos_);
  elems->opening = pos_;
  t->elems = elems;
  want(Tok::LBrace);
  elems->closing = list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    Field* f = nullptr;
    if (tok_ == Tok::Ident) f = methodDecl();
    if (!f) {
      Pos pos = pos_;
      f = arena_.make<Field>(pos);
      f->typeExpr = embeddedElem(nullptr);
    } else if (f->names.empty()) {
      f->typeExpr = embeddedElem(f->typeExpr);  // a union may follow an embedded name
    }
    elems->list.push_back(f);
    return false;
  });
  return t;
}

// MethodElem = MethodName Signature .  Or an embedded (possibly
// instantiated) type name. Generic methods are parsed, with an error.
Field* Parser::methodDecl() {
  static const char* const kContext = "interface method";
  Field* f = arena_.make<Field>(pos_);
  Ident* n = name();

  switch (tok_) {
    case Tok::LParen:
      f->names.push_back(n);
      f->typeExpr = funcType(kContext, pos_);
      return f;

    case Tok::LBrack: {
      // A generic method m[T C](x T), or an embedded instance T[P1, P2]?
      Pos lbrack = pos_;
      next();
      if (tok_ == Tok::RBrack) {
        // name[]: treat as if [] were absent
        Pos rbrack = pos_;
        next();
        if (tok_ == Tok::LParen) {
          errorAt(rbrack, "empty type parameter list");
          f->names.push_back(n);
          f->typeExpr = funcType(kContext, pos_);
        } else {
          errorAt(rbrack, "empty type argument list");
          f->typeExpr = n;
        }
        return f;
      }
      // A type argument list looks like a parameter list with only types.
      Pos closing;
      std::vector<Param> list = paramList(nullptr, nullptr, Tok::RBrack, false, &closing);
      if (list.empty()) {
        // errors were reported; treat as if [] were absent
        if (tok_ == Tok::LParen) {
          f->names.push_back(n);
          f->typeExpr = funcType(kContext, pos_);
        } else {
          f->typeExpr = n;
        }
        return f;
      }
      if (list[0].name) {
        // generic method
        f->names.push_back(n);
        f->typeExpr = funcType(kContext, pos_);
        errorAt(lbrack, "interface method must have no type parameters");
        return f;
      }
      // embedded instantiated type
      IndexExpr* t = arena_.make<IndexExpr>(n->pos);
      t->x = n;
      t->lbrack = lbrack;
      for (const Param& p : list) t->indices.push_back(p.type);
      f->typeExpr = t;
      return f;
    }

    default:
      // embedded type
      f->typeExpr = qualifiedName(n);
      return f;
  }
}

// TypeElem = TypeTerm { "|" TypeTerm } .  first, if given, is the first term.
Expr* Parser::embeddedElem(Expr* first) {
  Expr* x = first ? first : embeddedTerm();
  while (tok_ == Tok::Or) {
    Pos opPos = pos_;
    next();
    Expr* y = embeddedTerm();
    x = arena_.make<BinaryExpr>(x->pos, Tok::Or, opPos, x, y);
  }
  return x;
}

// TypeTerm = Type | UnderlyingType .   UnderlyingType = "~" Type .
Expr* Parser::embeddedTerm() {
  if (tok_ == Tok::Tilde) {
    Pos pos = pos_;
    next();
    return arena_.make<UnaryExpr>(pos, Tok::Tilde, type_());
  }
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expected ~ term or type");
    TokSet follow{Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace, Tok::Not, Tok::Tilde};
    for (int i = 0; i <= static_cast<int>(Tok::Var); i++) {  // and every operator, as Go does
      Tok op = static_cast<Tok>(i);
      if (tokPrecedence(op) > 0 && op != Tok::Mul) follow.add(op);
    }
    advance(follow);
  }
  return t;
}

// Result = Parameters | Type .  Null if there is none.
FieldList* Parser::funcResult() {
  if (tok_ == Tok::LParen) {
    Pos lparen = pos_;
    next();
    Pos rparen;
    std::vector<Param> list = paramList(nullptr, nullptr, Tok::RParen, false, &rparen);
    return groupParams(list, lparen, rparen);
  }
  Pos pos = pos_;
  if (Expr* typ = typeOrNil()) {
    FieldList* fl = arena_.make<FieldList>(pos);
    Field* f = arena_.make<Field>(pos);
    f->typeExpr = typ;
    fl->list.push_back(f);
    return fl;
  }
  return nullptr;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One entry of a
// parameter (follow == RParen) or type parameter (follow == RBrack) list;
// in the latter, constraints may be unions and ~T terms. name, if given, is
// the entry's already parsed first name. Returns false (after an error) if
// there is neither a name nor a type.
bool Parser::paramDecl(Ident* n, Tok follow, Param* out) {
  bool typeSetsOk = follow == Tok::RBrack;
  *out = Param{};
  out->pos = n ? n->pos : pos_;
  if (!n && typeSetsOk && tok_ == Tok::Tilde) {
    // "~" ...
    out->type = embeddedElem(nullptr);
    return true;
  }

  if (tok_ == Tok::Ident || n) {
    if (!n) n = name();

    if (tok_ == Tok::LBrack) {
      // name "[" ...
      Expr* t = arrayOrTArgs();
      if (IndexExpr* ix = t->as<IndexExpr>()) {
        // name "[" ... "]": an instantiated type
        ix->x = n;
        ix->pos = n->pos;
        out->type = ix;
      } else {
        // name "[" n "]" E: a name and an array/slice type
        out->name = n;
        out->type = t;
      }
      if (typeSetsOk && tok_ == Tok::Or) out->type = embeddedElem(out->type);
      return true;
    }

    if (tok_ == Tok::Period) {
      // name "." ...: a qualified type name
      out->type = qualifiedName(n);
      if (typeSetsOk && tok_ == Tok::Or) out->type = embeddedElem(out->type);
      return true;
    }

    if (typeSetsOk && tok_ == Tok::Or) {
      // name "|" ...
      out->type = embeddedElem(n);
      return true;
    }

    out->name = n;
  }

  if (tok_ == Tok::Ellipsis) {
    // [name] "..." ...
    Ellipsis* t = arena_.make<Ellipsis>(pos_);
    next();
    t->elem = typeOrNil();
    if (!t->elem) {
      t->elem = badExpr();
      syntaxError("... is missing type");
    }
    out->type = t;
    return true;
  }

  if (typeSetsOk && tok_ == Tok::Tilde) {
    // [name] "~" ...
    out->type = embeddedElem(nullptr);
    return true;
  }

  out->type = typeOrNil();
  if (typeSetsOk && tok_ == Tok::Or && out->type) out->type = embeddedElem(out->type);
  if (out->name || out->type) return true;

  syntaxError("expected " + tokString(follow));
  advance({Tok::Comma, follow});
  return false;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// TypeParameters = "[" TypeParamList [ "," ] "]" .
// The opening "(" or "[" is consumed. name/typ, if given, are the first
// entry's name and type (already parsed by typeSpec). Afterwards either
// every entry has a name or none has: `a, b int` gives a:int, b:int; in a
// parameter list without any `name Type` entry the names are types (`int,
// string`); a mix is an error. *closing gets the closing token's position.
std::vector<Param> Parser::paramList(Ident* n, Expr* typ, Tok close, bool requireNames, Pos* closing) {
  // list() won't call f at the closing token; handle a complete first entry.
  if (n && typ && tok_ == close) {
    *closing = pos_;
    next();
    return {Param{n->pos, n, typ}};
  }

  std::vector<Param> list;
  int named = 0;  // entries with an explicit name and type
  int typed = 0;  // entries with an explicit type
  *closing = this->list("parameter list", Tok::Comma, close, [&] {
    Param par;
    bool ok;
    if (typ) {
      par = Param{n->pos, n, typ};
      ok = true;
    } else {
      ok = paramDecl(n, close, &par);
    }
    n = nullptr;  // the first name and type are used up
    typ = nullptr;
    if (ok) {
      if (par.name && par.type) named++;
      if (par.type) typed++;
      list.push_back(par);
    }
    return false;
  });

  if (list.empty()) return list;

  if (named == 0 && !requireNames) {
    // All unnamed and not type parameters: the "names" were type names.
    for (Param& par : list) {
      if (par.name) {
        par.type = par.name;
        par.name = nullptr;
      }
    }
  } else if (named != static_cast<int>(list.size())) {
    // Some named (or type parameters): all must be named. Distribute types
    // from right to left, noting the leftmost problem.
    Pos errPos;
    Expr* t = nullptr;
    for (size_t i = list.size(); i-- > 0;) {
      Param& par = list[i];
      if (par.type) {
        t = par.type;
        if (!par.name) {
          errPos = syntaxStartPos(t);
          par.name = newIdent(errPos, "_");
        }
      } else if (t) {
        par.type = t;
      } else {
        // only a name, and no type to its right
        errPos = par.name->pos;
        par.type = arena_.make<BadExpr>(errPos);
      }
    }
    if (errPos.valid()) {
      std::string msg;
      if (requireNames) {
        // Equal counts mean the names lack types at the end of the list:
        // the constraints are missing.
        if (named == typed) {
          errPos = *closing;
          msg = "missing type constraint";
        } else {
          msg = "missing type parameter name";
          if (list.size() == 1) msg += " or invalid array length";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }
  return list;
}

// Builds a FieldList from distributed parameters: consecutive names that
// share one type expression (`a, b int`) become one Field.
FieldList* Parser::groupParams(const std::vector<Param>& params, Pos opening, Pos closing) {
  FieldList* fl = arena_.make<FieldList>(opening);
  fl->opening = opening;
  fl->closing = closing;
  Field* cur = nullptr;
  for (const Param& p : params) {
    if (cur && p.name && !cur->names.empty() && cur->typeExpr == p.type) {
      cur->names.push_back(p.name);
      continue;
    }
    cur = arena_.make<Field>(p.pos);
    if (p.name) cur->names.push_back(p.name);
    cur->typeExpr = p.type;
    fl->list.push_back(cur);
  }
  return fl;
}

}  // namespace gs::syntax::detail
